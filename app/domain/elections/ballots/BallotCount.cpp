#include "BallotCount.h"

#include "domain/elections/ballots/BallotMarks.h"

namespace daihoi {

BallotCount BallotCount::of(const QList<EnteredBallot> &ballots, int candidates, int seats)
{
    BallotCount count;
    count.votes = QList<int>(qMax(candidates, 0), 0);
    const bool surplus = BallotMarks::hasSurplus(candidates, seats);
    for (const EnteredBallot &ballot : ballots) {
        const BallotInvalidReason reason = BallotMarks::judge(ballot, seats, surplus);
        if (reason != BallotInvalidReason::None) {
            ++count.invalid;
            ++count.reasons[reason];
            continue;
        }
        ++count.valid;
        for (int i = 0; i < ballot.marks.size() && i < candidates; ++i) {
            if (BallotMarks::votesFor(ballot.marks.at(i)))
                ++count.votes[i];
        }
    }
    return count;
}

} // namespace daihoi
