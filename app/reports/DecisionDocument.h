#pragma once

#include "CongressRecord.h"
#include "DocumentHeader.h"

namespace daihoi {

class PartyDocument;

// Quyết định chuẩn y: the committee above a chi bộ approves the chi ủy, Bí thư and Phó Bí thư it elected.
class DecisionDocument
{
public:
    static void write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header);
    // One decision per record, each from its own page 1, numbered on from header.number.
    static void writeBatch(PartyDocument &document, const QList<CongressRecord> &records,
                           const DocumentHeader &header);
    // The number `offset` places after the first: "125-QĐ/ĐU" + 2 → "127-QĐ/ĐU" (leading zeros kept).
    // Empty when the first is empty, or does not start with a number and offset > 0.
    static QString numberAt(const QString &first, int offset);
    // Whether numberAt() can count on from this first number.
    static bool canNumberOn(const QString &first);
};

} // namespace daihoi
