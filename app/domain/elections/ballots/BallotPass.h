#pragma once

#include "domain/elections/ballots/EnteredBallot.h"

#include <QList>
#include <QString>

namespace daihoi {

// One entry (lần nhập) of ballots by one operator: on the command line one pass covers every
// batch; in the window a pass covers one batch (its `pass` number is 1, 2 or 3 within the batch).
struct BallotPass
{
    int pass = 1;
    QString operatorName;
    QList<EnteredBallot> ballots;
};

} // namespace daihoi
