#pragma once

namespace daihoi {

// The ballots of one round as the vote counting board reports them.
struct BallotCounts
{
    int issued = 0;    // phát ra
    int collected = 0; // thu vào
    int valid = 0;     // hợp lệ
    int invalid = 0;   // không hợp lệ

    friend bool operator==(const BallotCounts &a, const BallotCounts &b)
    {
        return a.issued == b.issued && a.collected == b.collected && a.valid == b.valid &&
               a.invalid == b.invalid;
    }
    friend bool operator!=(const BallotCounts &a, const BallotCounts &b) { return !(a == b); }
};

} // namespace daihoi
