#include "BallotComparison.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace daihoi {

BallotComparison BallotComparison::ofPasses(const QList<BallotPass> &passes)
{
    QMap<int, QList<BallotPass>> batches;
    for (const BallotPass &pass : passes) {
        for (const EnteredBallot &ballot : pass.ballots)
            batches[ballot.batch];
    }
    // Every pass is one of every batch's entries, even where it holds none of its ballots.
    for (auto it = batches.begin(); it != batches.end(); ++it) {
        for (const BallotPass &pass : passes) {
            BallotPass part{pass.pass, pass.operatorName, {}};
            for (const EnteredBallot &ballot : pass.ballots) {
                if (ballot.batch == it.key())
                    part.ballots << ballot;
            }
            it.value() << part;
        }
    }
    return ofBatches(batches);
}

BallotComparison BallotComparison::ofBatches(const QMap<int, QList<BallotPass>> &batches)
{
    BallotComparison comparison;
    for (auto it = batches.begin(); it != batches.end(); ++it)
        comparison.compareBatch(it.key(), it.value());
    return comparison;
}

void BallotComparison::compareBatch(int batch, const QList<BallotPass> &passes)
{
    QList<QMap<int, EnteredBallot>> byNumber;
    QSet<int> numbers;
    for (const BallotPass &pass : passes) {
        QMap<int, EnteredBallot> ballots;
        for (const EnteredBallot &ballot : pass.ballots) {
            ballots.insert(ballot.number, ballot);
            numbers.insert(ballot.number);
        }
        byNumber << ballots;
    }
    entered += int(numbers.size());
    if (passes.size() < entriesNeeded) {
        waiting << batch;
        return;
    }
    QList<int> sorted(numbers.begin(), numbers.end());
    std::sort(sorted.begin(), sorted.end());
    QList<int> passNumbers;
    for (const BallotPass &pass : passes)
        passNumbers << pass.pass;

    const qsizetype before = mismatches.size();
    for (int number : sorted) {
        QList<std::optional<EnteredBallot>> said;
        for (const QMap<int, EnteredBallot> &ballots : byNumber) {
            const auto found = ballots.constFind(number);
            said << (found == ballots.cend() ? std::nullopt : std::optional<EnteredBallot>(*found));
        }
        const bool allPresent = std::all_of(said.begin(), said.end(), [](const auto &b) { return b.has_value(); });
        const bool allSame = allPresent && std::all_of(said.begin(), said.end(), [&said](const auto &b) {
                                 return b->sameContent(*said.first());
                             });
        if (allSame)
            continue;
        const bool byName = allPresent && std::all_of(said.begin(), said.end(), [&said](const auto &b) {
                                return !b->isDeclaredInvalid() && b->marks.size() == said.first()->marks.size();
                            });
        if (!byName) {
            BallotMismatch mismatch{batch, number, -1, {}, passNumbers};
            for (const auto &ballot : said) {
                if (!ballot)
                    mismatch.says << QString();
                else
                    mismatch.says << (ballot->isDeclaredInvalid() ? BallotReasons::key(ballot->declaredInvalid)
                                                                  : ballot->marks);
            }
            mismatches << mismatch;
            continue;
        }
        for (int candidate = 0; candidate < said.first()->marks.size(); ++candidate) {
            const QChar first = said.first()->marks.at(candidate);
            if (std::all_of(said.begin(), said.end(),
                            [&](const auto &b) { return b->marks.at(candidate) == first; }))
                continue;
            BallotMismatch mismatch{batch, number, candidate, {}, passNumbers};
            for (const auto &ballot : said)
                mismatch.says << QString(ballot->marks.at(candidate));
            mismatches << mismatch;
        }
    }
    if (mismatches.size() != before) {
        disputed << batch;
        return;
    }
    agreed << batch;
    for (int number : sorted)
        agreedBallots << byNumber.first().value(number);
}

} // namespace daihoi
