#include "ElectionChange.h"

namespace daihoi {

namespace {

int indexOfName(const QList<CandidateVotes> &list, const QString &name)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace

QStringList ElectionChange::describe(const Election &before, const Election &after)
{
    QStringList changes;
    if (before.totalSeats != after.totalSeats)
        changes << tr("Seats to elect: %1 → %2").arg(before.totalSeats).arg(after.totalSeats);
    if (before.alternateSeats != after.alternateSeats)
        changes << tr("Alternates: %1 → %2").arg(before.alternateSeats).arg(after.alternateSeats);
    const bool severalRounds = qMax(before.rounds.size(), after.rounds.size()) > 1;
    for (int i = 0; i < qMax(before.rounds.size(), after.rounds.size()); ++i) {
        if (i >= before.rounds.size()) {
            changes << tr("Add round %1").arg(after.rounds.at(i).number);
            for (const CandidateVotes &candidate : after.rounds.at(i).candidates) {
                if (!candidate.name.isEmpty() && i == 0)
                    changes << tr("Add candidate %1").arg(candidate.name);
            }
            continue;
        }
        if (i >= after.rounds.size()) {
            changes << tr("Remove round %1").arg(before.rounds.at(i).number);
            continue;
        }
        const ElectionRound &old = before.rounds.at(i);
        const ElectionRound &now = after.rounds.at(i);
        QStringList round;
        // Round 1 follows the seats to elect; that change is named once.
        if (old.seats != now.seats && !(i == 0 && before.totalSeats != after.totalSeats))
            round << tr("Seats in the round: %1 → %2").arg(old.seats).arg(now.seats);
        QStringList ballots;
        if (old.ballots.issued != now.ballots.issued)
            ballots << tr("issued %1 → %2").arg(old.ballots.issued).arg(now.ballots.issued);
        if (old.ballots.collected != now.ballots.collected)
            ballots << tr("collected %1 → %2").arg(old.ballots.collected).arg(now.ballots.collected);
        if (old.ballots.valid != now.ballots.valid)
            ballots << tr("valid %1 → %2").arg(old.ballots.valid).arg(now.ballots.valid);
        if (old.ballots.invalid != now.ballots.invalid)
            ballots << tr("invalid %1 → %2").arg(old.ballots.invalid).arg(now.ballots.invalid);
        if (!ballots.isEmpty())
            round << tr("Ballots: %1").arg(ballots.join(QStringLiteral(", ")));
        round += candidateChanges(old.candidates, now.candidates);
        for (const QString &change : round)
            changes << (severalRounds ? tr("Round %1: %2").arg(now.number).arg(change) : change);
    }
    if (changes.isEmpty() && before.appointedByHigherCommittee != after.appointedByHigherCommittee)
        changes << (after.appointedByHigherCommittee ? tr("Secretary appointed by the higher committee")
                                                     : tr("Secretary no longer appointed"));
    return changes;
}

QString ElectionChange::summary(const Election &before, const Election &after)
{
    const QStringList changes = describe(before, after);
    if (changes.isEmpty())
        return tr("Edit the election");
    constexpr int Shown = 3;
    if (changes.size() <= Shown)
        return changes.join(QStringLiteral("; "));
    return tr("%1 and %2 more changes")
        .arg(changes.mid(0, Shown).join(QStringLiteral("; ")))
        .arg(changes.size() - Shown);
}

QStringList ElectionChange::candidateChanges(const QList<CandidateVotes> &before,
                                             const QList<CandidateVotes> &after)
{
    QStringList changes;
    // Candidates are matched by name; what is left over on both sides of a list of the same length
    // was renamed in place.
    QList<int> goneRows;
    QList<int> newRows;
    for (int i = 0; i < before.size(); ++i) {
        if (indexOfName(after, before.at(i).name) < 0)
            goneRows << i;
    }
    for (int i = 0; i < after.size(); ++i) {
        if (indexOfName(before, after.at(i).name) < 0)
            newRows << i;
    }
    const bool renamed = before.size() == after.size() && goneRows == newRows;
    for (int i = 0; i < after.size(); ++i) {
        const CandidateVotes &candidate = after.at(i);
        if (renamed && newRows.contains(i)) {
            const CandidateVotes &old = before.at(i);
            changes << (old.name.isEmpty() ? tr("Add candidate %1").arg(candidate.name)
                                           : tr("Rename candidate %1 to %2").arg(old.name, candidate.name));
            if (old.votes != candidate.votes)
                changes << tr("Votes of %1: %2 → %3")
                               .arg(candidate.name, QString::number(old.votes),
                                    QString::number(candidate.votes));
            continue;
        }
        const int was = indexOfName(before, candidate.name);
        if (was < 0) {
            if (!candidate.name.isEmpty())
                changes << tr("Add candidate %1").arg(candidate.name);
        } else if (before.at(was).votes != candidate.votes) {
            changes << tr("Votes of %1: %2 → %3")
                           .arg(candidate.name, QString::number(before.at(was).votes),
                                QString::number(candidate.votes));
        }
    }
    if (!renamed) {
        for (int row : goneRows) {
            if (!before.at(row).name.isEmpty())
                changes << tr("Remove candidate %1").arg(before.at(row).name);
        }
    }
    return changes;
}

} // namespace daihoi
