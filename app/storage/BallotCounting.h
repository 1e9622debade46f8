#pragma once

#include "domain/elections/ballots/BallotCorrection.h"
#include "domain/elections/ballots/BallotPass.h"

#include <QList>
#include <QMap>

namespace daihoi {

// The ballot-by-ballot count of one round as stored: whether the clerk chose it, the batch size,
// every entry of every batch and every correction, in the order they were made.
struct BallotCounting
{
    bool chosen = false;
    int batchSize = 50;
    QMap<int, QList<BallotPass>> batches; // batch number → its entries by pass number
    // batch number → corrections by time, those of removed entries included (BallotRepository::removeEntry)
    QMap<int, QList<BallotCorrection>> corrections;
};

} // namespace daihoi
