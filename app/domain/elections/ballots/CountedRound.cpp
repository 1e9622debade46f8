#include "CountedRound.h"

#include "domain/elections/RoundTally.h"
#include "domain/elections/ballots/BallotMarks.h"

#include <QHash>
#include <QSet>

namespace daihoi {

namespace {

QList<BallotPass> flattened(const QMap<int, QList<BallotPass>> &batches)
{
    QList<BallotPass> passes;
    for (const QList<BallotPass> &batch : batches)
        passes += batch;
    return passes;
}

QString entryName(const BallotPass &pass)
{
    return CountedRound::tr("Entry %1 (%2)").arg(QString::number(pass.pass), pass.operatorName);
}

} // namespace

CountedRound CountedRound::ofBatches(const RoundInput &round, const QMap<int, QList<BallotPass>> &batches)
{
    CountedRound counted;
    counted.comparison = BallotComparison::ofBatches(batches);
    counted.finish(round, entryErrors(round, flattened(batches), true));
    return counted;
}

CountedRound CountedRound::ofPasses(const RoundInput &round, const QList<BallotPass> &passes)
{
    CountedRound counted;
    counted.comparison = BallotComparison::ofPasses(passes);
    counted.finish(round, entryErrors(round, passes, false));
    return counted;
}

QStringList CountedRound::entryErrors(const RoundInput &round, const QList<BallotPass> &passes, bool perBatch)
{
    QStringList errors;
    const int candidates = int(round.candidates.size());
    const bool surplus = BallotMarks::hasSurplus(candidates, round.seats);
    QMap<int, int> ballotsPerPass; // ordered: the messages come in entry order
    QHash<QString, int> passOfOperator; // "batch/operator" (or the operator alone) → its pass
    for (const BallotPass &pass : passes) {
        const QString who = entryName(pass);
        if (pass.operatorName.trimmed().isEmpty())
            errors << tr("Entry %1 has no operator's name.").arg(pass.pass);
        QSet<int> batchesOfPass;
        QSet<QPair<int, int>> seen;
        for (const EnteredBallot &ballot : pass.ballots) {
            const QString where = tr("%1, batch %2, ballot %3").arg(who, QString::number(ballot.batch),
                                                                     QString::number(ballot.number));
            batchesOfPass.insert(ballot.batch);
            if (ballot.batch < 1 || ballot.number < 1)
                errors << tr("%1: batches and ballots are numbered from 1.").arg(where);
            if (seen.contains({ballot.batch, ballot.number}))
                errors << tr("%1: the ballot is entered twice in this entry.").arg(where);
            seen.insert({ballot.batch, ballot.number});
            if (ballot.isDeclaredInvalid()) {
                if (!BallotReasons::isDeclarable(ballot.declaredInvalid))
                    errors << tr("%1: \"%2\" is judged from the marks, not declared by the board.")
                                  .arg(where, BallotReasons::key(ballot.declaredInvalid));
                else if (!ballot.marks.isEmpty())
                    errors << tr("%1: a ballot the board declares invalid carries no marks.").arg(where);
                continue;
            }
            const QString marksError = BallotMarks::error(ballot.marks, candidates, surplus);
            if (!marksError.isEmpty())
                errors << tr("%1: %2.").arg(where, marksError);
        }
        ballotsPerPass[pass.pass] += int(pass.ballots.size());
        // Entries of one batch must come from different operators.
        const QList<int> scopes = perBatch ? QList<int>(batchesOfPass.begin(), batchesOfPass.end()) : QList<int>{0};
        for (int scope : scopes) {
            // One person whatever the spacing or letter case the name was typed with.
            const QString key = QString::number(scope) + QLatin1Char('/') + pass.operatorName.simplified().toLower();
            const auto earlier = passOfOperator.constFind(key);
            if (earlier != passOfOperator.cend() && *earlier != pass.pass)
                errors << tr("%1 entered entries %2 and %3 of the same ballots; each entry is by another operator.")
                              .arg(pass.operatorName.simplified(), QString::number(*earlier),
                                   QString::number(pass.pass));
            passOfOperator.insert(key, pass.pass);
        }
    }
    if (ballotsPerPass.size() > mostEntries)
        errors << tr("%1 entries are given; the ballots are entered at most %2 times.")
                      .arg(ballotsPerPass.size())
                      .arg(mostEntries);
    for (auto it = ballotsPerPass.cbegin(); it != ballotsPerPass.cend(); ++it) {
        if (it.value() > round.ballots.collected)
            errors << tr("Entry %1 holds %2 ballots, more than the %3 collected.")
                          .arg(QString::number(it.key()), QString::number(it.value()),
                               QString::number(round.ballots.collected));
    }
    errors.removeDuplicates();
    return errors;
}

void CountedRound::finish(const RoundInput &round, QStringList errors)
{
    const int candidates = int(round.candidates.size());
    count = BallotCount::of(comparison.agreedBallots, candidates, round.seats);
    input = round;
    input.ballots.valid = count.valid;
    input.ballots.invalid = count.invalid;
    for (int i = 0; i < candidates; ++i)
        input.candidates[i].votes = count.votes.value(i);
    // Entries that disagree on which ballots exist can name more than were collected.
    if (comparison.entered > round.ballots.collected)
        errors << tr("%1 different ballots are entered, more than the %2 collected.")
                      .arg(comparison.entered)
                      .arg(round.ballots.collected);
    complete = errors.isEmpty() && comparison.batchCount() > 0 && comparison.allAgreed()
               && comparison.entered == round.ballots.collected;
    if (complete) {
        result = RoundTally::tally(input);
        complete = !result.isRefused();
        return;
    }
    // Still counting: tally what is agreed as if it were all, and check the board's typed
    // figures (issued, collected) on their own, so the missing ballots are not an error.
    RoundInput partial = input;
    partial.ballots.issued = partial.ballots.collected = count.valid + count.invalid;
    result = RoundTally::tally(partial);
    RoundInput typed = round;
    typed.ballots.valid = typed.ballots.collected;
    typed.ballots.invalid = 0;
    for (CandidateVotes &candidate : typed.candidates)
        candidate.votes = 0;
    errors += RoundTally::errors(typed);
    for (const QString &error : std::as_const(result.errors)) {
        if (!errors.contains(error))
            errors << error;
    }
    if (errors.isEmpty())
        return;
    result.errors = errors;
    result.elected.clear();
    result.tied.clear();
    result.shortfall = 0;
    for (CandidateResult &candidate : result.candidates)
        candidate.status = CandidateResult::Status::Undecided;
}

QStringList CountedRound::progress() const
{
    QStringList lines;
    if (comparison.batchCount() == 0) {
        lines << tr("No ballot entered yet.");
    } else {
        lines << tr("%1 of %2 batches agreed.").arg(comparison.agreed.size()).arg(comparison.batchCount());
        const auto numbers = [](const QList<int> &batches) {
            QStringList list;
            for (int batch : batches)
                list << QString::number(batch);
            return list.join(QStringLiteral(", "));
        };
        if (!comparison.disputed.isEmpty())
            lines << tr("Batches whose entries differ: %1.").arg(numbers(comparison.disputed));
        if (!comparison.waiting.isEmpty())
            lines << tr("Batches waiting for another entry: %1.").arg(numbers(comparison.waiting));
    }
    const int collected = input.ballots.collected;
    if (comparison.entered > 0 && comparison.entered < collected)
        lines << tr("%1 ballots entered, %2 fewer than the %3 collected.")
                     .arg(comparison.entered)
                     .arg(collected - comparison.entered)
                     .arg(collected);
    else if (comparison.entered > collected)
        lines << tr("%1 ballots entered, %2 more than the %3 collected.")
                     .arg(comparison.entered)
                     .arg(comparison.entered - collected)
                     .arg(collected);
    if (complete)
        lines << tr("Every batch agrees and every ballot collected is entered: the round is counted.");
    return lines;
}

} // namespace daihoi
