#pragma once

#include "CongressRecord.h"
#include "DocumentHeader.h"

namespace daihoi {

class PartyDocument;

// Biên bản kiểm phiếu: one set of minutes per round of every election of the congress, each on
// its own pages (domain.md §6).
class TallyDocument
{
public:
    static void write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header);

private:
    static void writeRound(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header,
                           const Election &election, int roundIndex, const RoundResult &result);
};

} // namespace daihoi
