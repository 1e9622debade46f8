#pragma once

#include "CongressRecord.h"
#include "DocumentHeader.h"
#include "PrintedTarget.h"

namespace daihoi {

class PartyDocument;

// Báo cáo kết quả đại hội of one chi bộ to the higher committee: attendance and base, the
// elected committee with votes and %, its composition and, when known, the targets adopted.
class CongressDocument
{
public:
    static void write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header,
                      const QList<PrintedTarget> &targets, int youngAgeLimit);
    // Table of the elected: STT, name, role, votes, %; shared with the approval request.
    static void writeCommitteeTable(PartyDocument &document, const CongressRecord &record, bool withBirthYear);
    // "Đồng chí X được bầu làm Bí thư chi bộ với 34/34 phiếu (100,00 %)."
    static QStringList officeSentences(const CongressRecord &record);
};

} // namespace daihoi
