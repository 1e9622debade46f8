#pragma once

#include "domain/elections/RoundInput.h"
#include "domain/elections/RoundResult.h"
#include "domain/elections/ballots/BallotComparison.h"
#include "domain/elections/ballots/BallotCount.h"

#include <QCoreApplication>

namespace daihoi {

// A round counted ballot by ballot: the entries compared, the agreed batches counted, and the
// round tallied from them. Issued and collected come from the board's count in the input; its
// valid, invalid and votes are replaced by the count.
struct CountedRound
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CountedRound)
public:
    BallotComparison comparison;
    BallotCount count;
    RoundInput input;   // the round with the counted figures filled in
    RoundResult result; // statuses and percentages from the agreed batches only
    bool complete = false; // every batch agreed, the ballots entered equal those collected, the round not refused

    // Refusals of the entries themselves (a letter that does not fit, marks of the wrong length,
    // a ballot twice in one entry, more ballots in an entry than collected, the same operator
    // entering a batch twice) come first in result.errors.
    static CountedRound ofBatches(const RoundInput &round, const QMap<int, QList<BallotPass>> &batches);
    static CountedRound ofPasses(const RoundInput &round, const QList<BallotPass> &passes);
    static constexpr int mostEntries = 3; // each batch is entered two or three times

    // Sentences for the window and the hall: how many batches agree, what is awaited, by how
    // many the ballots entered differ from those collected.
    QStringList progress() const;

private:
    static QStringList entryErrors(const RoundInput &round, const QList<BallotPass> &passes, bool perBatch);
    void finish(const RoundInput &round, QStringList errors);
};

} // namespace daihoi
