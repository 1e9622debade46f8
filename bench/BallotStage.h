#pragma once

#include "BenchFigures.h"

namespace daihoi::bench {

// Ballots counted one by one (issue 15): 500 ballots of a 15-name list for 12 seats, in 10 batches of
// 50, each batch entered three times; comparing the entries and tallying the round from them.
class BallotStage
{
public:
    static bool run(BenchFigures *figures, QString *error);
    static QString markdown(const BenchFigures &figures);
};

} // namespace daihoi::bench
