#pragma once

#include "domain/elections/ballots/EnteredBallot.h"

#include <QDateTime>
#include <QString>

namespace daihoi {

// A ballot reopened and saved again in the same entry: what it said before and after, by whom
// and when. Kept for the entry log; a correction never disappears.
struct BallotCorrection
{
    int pass = 1;
    QString operatorName;
    EnteredBallot before;
    EnteredBallot after;
    QDateTime correctedAt;
};

} // namespace daihoi
