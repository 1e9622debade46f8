#include "ElectionRepository.h"

#include "CongressRepository.h"
#include "QueryRunner.h"
#include "RowVersions.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace daihoi {

ElectionRepository::ElectionRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool ElectionRepository::forCongress(qint64 congressId, QList<Election> *elections, QString *error) const
{
    elections->clear();
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT id, office, total_seats, appointed, alternate_seats, row_version FROM elections "
                                         "WHERE congress_id = ?"),
                          {congressId}, error))
        return false;
    while (query.next()) {
        Election election;
        election.id = query.value(0).toLongLong();
        election.congressId = congressId;
        Election::officeFromKey(query.value(1).toString(), &election.office);
        election.totalSeats = query.value(2).toInt();
        election.appointedByHigherCommittee = query.value(3).toInt() != 0;
        election.alternateSeats = query.value(4).toInt();
        election.rowVersion = query.value(5).toInt();
        elections->append(election);
    }
    std::sort(elections->begin(), elections->end(),
              [](const Election &a, const Election &b) { return int(a.office) < int(b.office); });

    // Rounds and candidates of the whole congress in two queries, not one per round.
    QSqlQuery rounds(m_db);
    if (!QueryRunner::run(rounds,
                          QStringLiteral("SELECT r.id, r.election_id, r.round_number, r.seats, r.ballots_issued, "
                                         "r.ballots_collected, r.ballots_valid, r.ballots_invalid "
                                         "FROM election_rounds r JOIN elections e ON e.id = r.election_id "
                                         "WHERE e.congress_id = ? ORDER BY r.election_id, r.round_number"),
                          {congressId}, error))
        return false;
    QHash<qint64, ElectionRound *> roundsById;
    while (rounds.next()) {
        const qint64 electionId = rounds.value(1).toLongLong();
        for (Election &election : *elections) {
            if (election.id != electionId)
                continue;
            ElectionRound round;
            round.id = rounds.value(0).toLongLong();
            round.number = rounds.value(2).toInt();
            round.seats = rounds.value(3).toInt();
            round.ballots = {rounds.value(4).toInt(), rounds.value(5).toInt(), rounds.value(6).toInt(),
                             rounds.value(7).toInt()};
            election.rounds.append(round);
        }
    }
    for (Election &election : *elections) {
        for (ElectionRound &round : election.rounds)
            roundsById.insert(round.id, &round);
    }
    QSqlQuery candidates(m_db);
    if (!QueryRunner::run(candidates,
                          QStringLiteral("SELECT c.round_id, c.name, c.votes FROM round_candidates c "
                                         "JOIN election_rounds r ON r.id = c.round_id "
                                         "JOIN elections e ON e.id = r.election_id "
                                         "WHERE e.congress_id = ? ORDER BY c.round_id, c.position"),
                          {congressId}, error))
        return false;
    while (candidates.next()) {
        if (ElectionRound *round = roundsById.value(candidates.value(0).toLongLong()))
            round->candidates.append({candidates.value(1).toString(), candidates.value(2).toInt()});
    }
    return true;
}

bool ElectionRepository::save(Election *election, QString *error)
{
    Congress congress;
    QSqlQuery owner(m_db);
    if (!QueryRunner::run(owner, QStringLiteral("SELECT unit_id, term_id FROM congresses WHERE id = ?"),
                          {election->congressId}, error))
        return false;
    if (!owner.next()) {
        *error = tr("The congress record %1 no longer exists.").arg(election->congressId);
        return false;
    }
    if (!CongressRepository(m_db).find(owner.value(0).toLongLong(), owner.value(1).toLongLong(), &congress, error))
        return false;
    const QStringList refused = election->errors(congress);
    if (!refused.isEmpty()) {
        *error = refused.join(QLatin1Char('\n'));
        return false;
    }

    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    bool exists = false;
    if (election->id > 0) {
        if (!QueryRunner::run(query, QStringLiteral("SELECT COUNT(*) FROM elections WHERE id = ?"), {election->id},
                              error))
            return false;
        exists = query.next() && query.value(0).toInt() > 0;
    }
    const QVariantList values{Election::officeKey(election->office), election->totalSeats,
                              election->appointedByHigherCommittee ? 1 : 0, election->alternateSeats};
    if (election->id > 0 && !exists && election->rowVersion != Election::restoring) {
        *error = RowVersions::refusal(m_db, RowVersions::Kind::Election, election->id);
        return false;
    }
    if (exists) {
        if (!QueryRunner::run(query,
                              QStringLiteral("UPDATE elections SET office = ?, total_seats = ?, appointed = ?, "
                                             "alternate_seats = ?, %1 WHERE id = ? AND row_version = ?")
                                  .arg(RowVersions::updateSet()),
                              values + RowVersions::stampValues(m_db) + QVariantList{election->id, election->rowVersion},
                              error))
            return false;
        // Not at the version read: another clerk saved it since, and their rounds stand.
        if (query.numRowsAffected() != 1) {
            *error = RowVersions::refusal(m_db, RowVersions::Kind::Election, election->id);
            return false;
        }
        if (!QueryRunner::run(query, QStringLiteral("DELETE FROM election_rounds WHERE election_id = ?"),
                              {election->id}, error))
            return false;
    } else {
        const bool keepId = election->id > 0;
        qint64 id = 0;
        if (!QueryRunner::insert(m_db,
                                 QStringLiteral("INSERT INTO elections (%1congress_id, office, total_seats, appointed, "
                                                "alternate_seats, %3) VALUES (%2?, ?, ?, ?, ?, ?, ?)")
                                     .arg(keepId ? QStringLiteral("id, ") : QString(),
                                          keepId ? QStringLiteral("?, ") : QString(), RowVersions::insertColumns()),
                                 (keepId ? QVariantList{election->id} : QVariantList{})
                                     + QVariantList{election->congressId} + values + RowVersions::insertValues(m_db),
                                 &id, error)) {
            if (error->contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
                *error = tr("This congress already has this election: %1.").arg(Election::officeName(election->office));
            return false;
        }
        election->id = id;
    }
    for (ElectionRound &round : election->rounds) {
        qint64 roundId = 0;
        if (!QueryRunner::insert(m_db,
                                 QStringLiteral("INSERT INTO election_rounds (election_id, round_number, seats, "
                                                "ballots_issued, ballots_collected, ballots_valid, ballots_invalid) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {election->id, round.number, round.seats, round.ballots.issued,
                                  round.ballots.collected, round.ballots.valid, round.ballots.invalid},
                                 &roundId, error))
            return false;
        round.id = roundId;
        for (int i = 0; i < round.candidates.size(); ++i) {
            const CandidateVotes &candidate = round.candidates.at(i);
            if (!QueryRunner::run(query,
                                  QStringLiteral("INSERT INTO round_candidates (round_id, position, name, votes) "
                                                 "VALUES (?, ?, ?, ?)"),
                                  {roundId, i, candidate.name.simplified(), candidate.votes}, error))
                return false;
        }
    }
    if (!transaction.commit(error))
        return false;
    // The election now carries the version it wrote, so its next save is checked against it.
    election->rowVersion = exists ? election->rowVersion + 1 : 0;
    return true;
}

bool ElectionRepository::remove(qint64 electionId, QString *error)
{
    QSqlQuery query(m_db);
    return QueryRunner::run(query, QStringLiteral("DELETE FROM elections WHERE id = ?"), {electionId}, error);
}

} // namespace daihoi
