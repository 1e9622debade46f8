#pragma once

#include "CongressRecord.h"

namespace daihoi {

// The chi bộ whose elected committees a Quyết định chuẩn y approves: on a chi bộ, its own congress;
// on a committee, every subordinate chi bộ of the term whose results are in and not yet approved.
class DecisionBatch
{
public:
    // In the order of the units; an empty list (and empty *error) when none is pending.
    static bool load(QSqlDatabase db, const Unit &unit, const Term &term, QList<CongressRecord> *records,
                     QString *error);
    // Held, with an elected committee, and some member not yet approved.
    static bool isPending(const CongressRecord &record);
};

} // namespace daihoi
