#pragma once

#include "CongressRecord.h"
#include "DocumentHeader.h"
#include "PrintedTarget.h"
#include "domain/targets/DirectionItem.h"

namespace daihoi {

class PartyDocument;

// Nghị quyết đại hội chi bộ: what the congress heard and decided, its directions and targets, the new
// committee's tasks and the resolution's approval rate.
class ResolutionDocument
{
public:
    static void write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header,
                      const QList<DirectionItem> &directions, const QList<PrintedTarget> &targets);
    // "được 24/25 đảng viên có mặt tán thành, đạt 96,00 %"; dotted blanks when the vote was not recorded.
    static QString approvalRate(const Congress &congress);
    // Vietnamese heading of a direction group: "Phương hướng", "Nhiệm vụ", "Giải pháp".
    static QString groupName(DirectionItem::Group group);
};

} // namespace daihoi
