#pragma once

#include "domain/elections/ballots/BallotMismatch.h"
#include "domain/elections/ballots/BallotPass.h"

#include <QList>
#include <QMap>

namespace daihoi {

// The entries of every batch compared ballot by ballot. A batch is agreed when it was entered
// at least twice and every entry holds the same ballots saying the same thing; it is disputed
// when entries differ, and waiting while it has fewer than two entries.
class BallotComparison
{
public:
    static constexpr int entriesNeeded = 2;

    // Passes that each cover every batch (the command line): a batch's entries are all passes,
    // so a batch or ballot missing from one pass is a difference.
    static BallotComparison ofPasses(const QList<BallotPass> &passes);
    // Passes per batch (the window): batch number → its entries.
    static BallotComparison ofBatches(const QMap<int, QList<BallotPass>> &batches);

    QList<int> agreed;   // batch numbers, ascending
    QList<int> disputed; // entered at least twice, with differences
    QList<int> waiting;  // entered fewer than twice
    QList<BallotMismatch> mismatches; // by batch, ballot number, candidate
    QList<EnteredBallot> agreedBallots; // one copy of each ballot of the agreed batches
    int entered = 0; // distinct ballots (batch, number) in any entry

    bool allAgreed() const { return disputed.isEmpty() && waiting.isEmpty(); }
    int batchCount() const { return int(agreed.size() + disputed.size() + waiting.size()); }

private:
    void compareBatch(int batch, const QList<BallotPass> &passes);
};

} // namespace daihoi
