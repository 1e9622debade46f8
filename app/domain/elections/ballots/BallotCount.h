#pragma once

#include "domain/elections/ballots/BallotInvalidReason.h"
#include "domain/elections/ballots/EnteredBallot.h"

#include <QList>
#include <QMap>

namespace daihoi {

// The agreed ballots counted by the rules: valid and invalid, each reason, each candidate's votes.
struct BallotCount
{
    int valid = 0;
    int invalid = 0;
    QMap<BallotInvalidReason, int> reasons;
    QList<int> votes; // per candidate in ballot order

    static BallotCount of(const QList<EnteredBallot> &ballots, int candidates, int seats);
};

} // namespace daihoi
