#pragma once

#include "CongressRecord.h"
#include "DocumentHeader.h"

#include <QTime>

namespace daihoi {

class PartyDocument;

// Biên bản đại hội: the congress's business in order (domain.md §2), from its opening to its closing,
// signed by the presidium and the secretary.
class MinutesDocument
{
public:
    static void write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header);
    // "7 giờ 30", "14 giờ"; dotted blanks when the time was not recorded.
    static QString clock(const QTime &time);
};

} // namespace daihoi
