#pragma once

#include "CongressRecord.h"
#include "DocumentHeader.h"

namespace daihoi {

class PartyDocument;

// Tờ trình đề nghị chuẩn y: asks the higher committee to approve the elected chi ủy, Bí thư and Phó Bí thư.
class ApprovalDocument
{
public:
    static void write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header);
    // The election rules in force on the congress date: 190-QĐ/TW replaced 244-QĐ/TW on 10/10/2024.
    static QString electionRules(const QDate &congressDate);
};

} // namespace daihoi
