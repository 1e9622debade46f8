#pragma once

#include <QString>

namespace daihoi {

// One line of the candidate list with the votes the counting board found for it.
struct CandidateVotes
{
    QString name;
    int votes = 0;

    friend bool operator==(const CandidateVotes &a, const CandidateVotes &b)
    {
        return a.name == b.name && a.votes == b.votes;
    }
    friend bool operator!=(const CandidateVotes &a, const CandidateVotes &b) { return !(a == b); }
};

} // namespace daihoi
