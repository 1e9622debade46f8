#pragma once

#include "BallotLogDocument.h"
#include "CongressRecord.h"

#include <QSqlDatabase>

#include <optional>

namespace daihoi {

// The rounds of a congress counted ballot by ballot, read through BallotRepository for the entry
// log: each with its election's candidates and seats and its count compared and counted.
class BallotLogRounds
{
public:
    // Every counted round of the record's elections in the order they were held, or only those of
    // `office` and only round `round` (0: every round). Empty when none was counted ballot by ballot.
    static bool load(QSqlDatabase db, const CongressRecord &record, std::optional<ElectionOffice> office, int round,
                     QList<BallotLogDocument::Round> *rounds, QString *error);
};

} // namespace daihoi
