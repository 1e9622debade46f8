#pragma once

#include "domain/elections/BallotCounts.h"
#include "domain/elections/CandidateVotes.h"

#include <QList>

namespace daihoi {

// One round (lần bầu) as recorded from the vote counting board's minutes.
struct ElectionRound
{
    qint64 id = 0;
    int number = 1; // 1, 2, 3 … within its election
    int seats = 0;  // seats to fill in this round
    BallotCounts ballots;
    QList<CandidateVotes> candidates;

    friend bool operator==(const ElectionRound &a, const ElectionRound &b)
    {
        return a.id == b.id && a.number == b.number && a.seats == b.seats && a.ballots == b.ballots
               && a.candidates == b.candidates;
    }
    friend bool operator!=(const ElectionRound &a, const ElectionRound &b) { return !(a == b); }
};

} // namespace daihoi
