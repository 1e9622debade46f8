#include "Election.h"

#include "domain/elections/RoundTally.h"

#include <algorithm>

namespace daihoi {

RoundInput Election::input(const Congress &congress, int index) const
{
    const ElectionRound &round = rounds.at(index);
    RoundInput input;
    input.congressKind = congress.kind;
    input.office = office;
    input.seats = round.seats;
    // The committee-size rules read the branch's official members on a congress of all members.
    input.summoned = congress.summoned;
    input.exclusions = congress.exclusions;
    input.present = congress.present;
    input.ballots = round.ballots;
    input.candidates = round.candidates;
    return input;
}

QList<RoundResult> Election::tally(const Congress &congress) const
{
    QList<RoundResult> results;
    for (int i = 0; i < rounds.size(); ++i)
        results.append(RoundTally::tally(input(congress, i)));
    return results;
}

int Election::seatsLeft(const QList<RoundResult> &results) const
{
    int filled = 0;
    for (const RoundResult &result : results) {
        if (!result.isRefused())
            filled += int(result.elected.size());
    }
    return qMax(0, totalSeats - filled);
}

QList<Election::Winner> Election::winners(const QList<RoundResult> &results) const
{
    QList<Winner> list;
    for (int r = 0; r < results.size(); ++r) {
        const RoundResult &result = results.at(r);
        if (result.isRefused())
            continue;
        for (const QString &name : result.elected) {
            for (const CandidateResult &candidate : result.candidates) {
                if (candidate.name == name) {
                    list.append({candidate.name, candidate.votes, candidate.percentHundredths, r + 1});
                    break;
                }
            }
        }
    }
    return list;
}

QStringList Election::officialDelegates(const QList<RoundResult> &results) const
{
    QStringList names;
    for (const Winner &winner : winners(results))
        names.append(winner.name);
    return names.mid(0, qMax(0, totalSeats - alternateSeats));
}

QStringList Election::alternateDelegates(const QList<RoundResult> &results) const
{
    QStringList names;
    for (const Winner &winner : winners(results))
        names.append(winner.name);
    return names.mid(qMax(0, totalSeats - alternateSeats));
}

QStringList Election::errors(const Congress &congress) const
{
    QStringList problems;
    if (alternateSeats < 0 || alternateSeats >= qMax(1, totalSeats) || (alternateSeats > 0 && office != ElectionOffice::Delegates))
        problems.append(tr("Alternates (%1): only a delegates election has alternates, fewer than its %2 seats.")
                            .arg(alternateSeats)
                            .arg(totalSeats));
    if (totalSeats < 1)
        problems.append(tr("Seats to elect: at least 1 (%1 entered).").arg(totalSeats));
    if (office == ElectionOffice::Secretary && totalSeats != 1)
        problems.append(tr("Seats to elect: a congress elects one secretary (%1 entered).").arg(totalSeats));
    for (int i = 0; i < rounds.size(); ++i) {
        const ElectionRound &round = rounds.at(i);
        if (round.number != i + 1)
            problems.append(tr("Rounds must be numbered 1, 2, 3 … (round %1 is at place %2).").arg(round.number).arg(i + 1));
        if (i == 0 && round.seats != totalSeats)
            problems.append(tr("Round 1 elects all %1 seats (%2 entered).").arg(totalSeats).arg(round.seats));
    }
    const QList<RoundResult> results = tally(congress);
    int left = totalSeats;
    for (int i = 0; i < results.size(); ++i) {
        const ElectionRound &round = rounds.at(i);
        if (i > 0 && round.seats > left)
            problems.append(tr("Round %1: %2 seats, but only %3 are left after the earlier rounds.")
                                .arg(round.number)
                                .arg(round.seats)
                                .arg(left));
        if (i > 0 && left == 0)
            problems.append(tr("Round %1: every seat was filled in the earlier rounds.").arg(round.number));
        if (!results.at(i).isRefused())
            left -= int(results.at(i).elected.size());
        for (const QString &message : results.at(i).errors)
            problems.append(tr("Round %1: %2").arg(round.number).arg(message));
    }
    return problems;
}

QStringList Election::errors(const Congress &congress, const QList<Election> &congressElections) const
{
    return errors(congress) + eligibilityErrors(congress, congressElections);
}

QStringList Election::eligibilityErrors(const Congress &congress,
                                        const QList<Election> &congressElections) const
{
    QStringList problems;
    QStringList members;
    if ((office != ElectionOffice::Secretary && office != ElectionOffice::DeputySecretary) ||
        !electedCommittee(congress, congressElections, &members))
        return problems;
    for (const ElectionRound &round : rounds) {
        for (const CandidateVotes &candidate : round.candidates) {
            const QString name = candidate.name.simplified();
            if (name.isEmpty())
                continue; // the tally names a candidate without a name
            const bool member = std::any_of(members.cbegin(), members.cend(),
                                            [&name](const QString &m) { return isSameName(m, name); });
            if (member)
                continue;
            const bool secretary = office == ElectionOffice::Secretary;
            const QString message =
                members.isEmpty()
                    ? (secretary
                           ? tr("%1 cannot stand: the secretary is elected from the members of the executive "
                                "committee, and none is elected yet.")
                           : tr("%1 cannot stand: the deputy secretary is elected from the members of the "
                                "executive committee, and none is elected yet."))
                          .arg(name)
                    : (secretary
                           ? tr("%1 is not an elected member of the executive committee; the secretary is "
                                "elected from its members (%2).")
                           : tr("%1 is not an elected member of the executive committee; the deputy "
                                "secretary is elected from its members (%2)."))
                          .arg(name, members.join(QStringLiteral(", ")));
            problems.append(tr("Round %1: %2").arg(round.number).arg(message));
        }
    }
    return problems;
}

bool Election::electedCommittee(const Congress &congress, const QList<Election> &congressElections,
                                QStringList *members)
{
    members->clear();
    for (const Election &election : congressElections) {
        if (election.office != ElectionOffice::Committee)
            continue;
        for (const Winner &winner : election.winners(election.tally(congress)))
            members->append(winner.name);
        return true;
    }
    return false;
}

bool Election::isSameName(const QString &a, const QString &b)
{
    return a.simplified().toCaseFolded() == b.simplified().toCaseFolded();
}

QStringList Election::warnings(const Congress &congress) const
{
    QStringList list;
    for (int i = 0; i < rounds.size(); ++i) {
        for (const QString &message : RoundTally::warnings(input(congress, i)))
            list.append(tr("Round %1: %2").arg(rounds.at(i).number).arg(message));
    }
    return list;
}

QString Election::officeKey(ElectionOffice office)
{
    switch (office) {
    case ElectionOffice::Committee:
        return QStringLiteral("committee");
    case ElectionOffice::Secretary:
        return QStringLiteral("secretary");
    case ElectionOffice::DeputySecretary:
        return QStringLiteral("deputy-secretary");
    case ElectionOffice::Delegates:
        return QStringLiteral("delegates");
    }
    return {};
}

bool Election::officeFromKey(const QString &key, ElectionOffice *office)
{
    for (ElectionOffice candidate : offices()) {
        if (officeKey(candidate) == key) {
            *office = candidate;
            return true;
        }
    }
    return false;
}

QString Election::officeName(ElectionOffice office)
{
    switch (office) {
    case ElectionOffice::Committee:
        return tr("Executive committee");
    case ElectionOffice::Secretary:
        return tr("Secretary");
    case ElectionOffice::DeputySecretary:
        return tr("Deputy secretary");
    case ElectionOffice::Delegates:
        return tr("Delegates to the higher congress");
    }
    return {};
}

QList<ElectionOffice> Election::offices()
{
    return {ElectionOffice::Committee, ElectionOffice::Secretary, ElectionOffice::DeputySecretary,
            ElectionOffice::Delegates};
}

} // namespace daihoi
