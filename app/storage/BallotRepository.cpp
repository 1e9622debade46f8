#include "BallotRepository.h"

#include "QueryRunner.h"
#include "Transaction.h"
#include "domain/elections/ballots/BallotMarks.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace daihoi {

namespace {

constexpr int largestBatch = 500;
constexpr int mostPasses = 3;

QString timeNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

BallotInvalidReason reasonOf(const QVariant &key)
{
    BallotInvalidReason reason = BallotInvalidReason::None;
    if (!key.toString().isEmpty())
        BallotReasons::fromKey(key.toString(), &reason);
    return reason;
}

EnteredBallot ballotOf(int batch, int number, const QVariant &marks, const QVariant &reason)
{
    EnteredBallot ballot;
    ballot.batch = batch;
    ballot.number = number;
    ballot.marks = marks.toString();
    ballot.declaredInvalid = reasonOf(reason);
    return ballot;
}

bool isMark(QChar letter)
{
    for (const char16_t mark : {BallotMarks::kept, BallotMarks::struck, BallotMarks::agree,
                                BallotMarks::disagree, BallotMarks::both, BallotMarks::neither}) {
        if (letter == QChar(mark))
            return true;
    }
    return false;
}

bool sameOperator(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

// An entry of a batch as stored.
struct StoredEntry
{
    qint64 id = 0;
    int pass = 0;
    QString operatorName;
};

} // namespace

BallotRepository::BallotRepository(QSqlDatabase db) : m_db(db) {}

bool BallotRepository::load(qint64 electionId, int round, BallotCounting *counting, QString *error) const
{
    *counting = BallotCounting();
    int batchSize = 0;
    if (!chosenBatchSize(electionId, round, &batchSize, error))
        return false;
    if (batchSize > 0) {
        counting->chosen = true;
        counting->batchSize = batchSize;
    }
    // Entries without ballots come back too (LEFT JOIN), though saving never leaves one.
    QSqlQuery ballots(m_db);
    if (!QueryRunner::run(
            ballots,
            QStringLiteral(
                "SELECT e.batch, e.pass, e.operator, b.number, b.marks, b.invalid_reason, "
                "b.entered_at FROM ballot_entries e LEFT JOIN entered_ballots b ON b.entry_id = e.id "
                "WHERE e.election_id = ? AND e.round_number = ? ORDER BY e.batch, e.pass, b.number"),
            {electionId, round}, error))
        return false;
    while (ballots.next()) {
        const int batch = ballots.value(0).toInt();
        const int pass = ballots.value(1).toInt();
        QList<BallotPass> &passes = counting->batches[batch];
        if (passes.isEmpty() || passes.constLast().pass != pass) {
            BallotPass entry;
            entry.pass = pass;
            entry.operatorName = ballots.value(2).toString();
            passes.append(entry);
        }
        if (ballots.value(3).isNull())
            continue;
        EnteredBallot ballot = ballotOf(batch, ballots.value(3).toInt(), ballots.value(4), ballots.value(5));
        ballot.enteredAt = timeOf(ballots.value(6));
        passes.last().ballots.append(ballot);
    }
    QSqlQuery corrections(m_db);
    if (!QueryRunner::run(
            corrections,
            QStringLiteral("SELECT batch, pass, number, operator, before_marks, before_reason, after_marks, "
                           "after_reason, corrected_at FROM ballot_corrections "
                           "WHERE election_id = ? AND round_number = ? ORDER BY batch, corrected_at, id"),
            {electionId, round}, error))
        return false;
    while (corrections.next()) {
        const int batch = corrections.value(0).toInt();
        const int number = corrections.value(2).toInt();
        BallotCorrection correction;
        correction.pass = corrections.value(1).toInt();
        correction.operatorName = corrections.value(3).toString();
        correction.before = ballotOf(batch, number, corrections.value(4), corrections.value(5));
        correction.after = ballotOf(batch, number, corrections.value(6), corrections.value(7));
        correction.correctedAt = timeOf(corrections.value(8));
        counting->corrections[batch].append(correction);
    }
    return true;
}

bool BallotRepository::countedRounds(qint64 electionId, QList<int> *rounds, QString *error) const
{
    rounds->clear();
    QSqlQuery query(m_db);
    if (!QueryRunner::run(
            query,
            QStringLiteral(
                "SELECT round_number FROM ballot_countings WHERE election_id = ? ORDER BY round_number"),
            {electionId}, error))
        return false;
    while (query.next())
        rounds->append(query.value(0).toInt());
    return true;
}

bool BallotRepository::choose(qint64 electionId, int round, int batchSize, QString *error)
{
    if (batchSize < 1 || batchSize > largestBatch) {
        *error = tr("Batch size %1: a batch holds from 1 to %2 ballots.").arg(batchSize).arg(largestBatch);
        return false;
    }
    if (round < 1) {
        *error = tr("Round %1: rounds are numbered from 1.").arg(round);
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("SELECT COUNT(*) FROM elections WHERE id = ?"), {electionId},
                          error))
        return false;
    if (!query.next() || query.value(0).toInt() == 0) {
        *error = tr("The election record %1 no longer exists.").arg(electionId);
        return false;
    }
    int stored = 0;
    if (!chosenBatchSize(electionId, round, &stored, error))
        return false;
    if (stored == 0) {
        if (!write(
                QStringLiteral(
                    "INSERT INTO ballot_countings (election_id, round_number, batch_size) VALUES (?, ?, ?)"),
                {electionId, round, batchSize}, error))
            return false;
        return transaction.commit(error);
    }
    if (stored == batchSize)
        return transaction.commit(error);
    int entered = 0;
    if (!enteredCount(electionId, round, &entered, error))
        return false;
    // The ballots entered are numbered within batches of the size chosen; another size would renumber them.
    if (entered > 0) {
        *error = tr("Round %1: %2 ballots are entered in batches of %3; the batch size cannot change to %4.")
                     .arg(round)
                     .arg(entered)
                     .arg(stored)
                     .arg(batchSize);
        return false;
    }
    return write(QStringLiteral(
                     "UPDATE ballot_countings SET batch_size = ? WHERE election_id = ? AND round_number = ?"),
                 {batchSize, electionId, round}, error, 1) &&
           transaction.commit(error);
}

bool BallotRepository::unchoose(qint64 electionId, int round, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    int entered = 0;
    if (!enteredCount(electionId, round, &entered, error))
        return false;
    if (entered > 0) {
        *error =
            tr("Round %1: %2 ballots are entered one by one; remove their entries before typing the totals "
               "instead.")
                .arg(round)
                .arg(entered);
        return false;
    }
    int batchSize = 0;
    if (!chosenBatchSize(electionId, round, &batchSize, error))
        return false;
    if (batchSize == 0)
        return transaction.commit(error);
    // The corrections of removed entries stay for the entry log.
    return write(QStringLiteral("DELETE FROM ballot_countings WHERE election_id = ? AND round_number = ?"),
                 {electionId, round}, error, 1) &&
           transaction.commit(error);
}

bool BallotRepository::saveBallot(qint64 electionId, int round, int pass, const QString &operatorName,
                                  const EnteredBallot &ballot, QString *error)
{
    const int batch = ballot.batch;
    const QString name = operatorName.simplified();
    if (batch < 1) {
        *error = tr("Batch %1: batches are numbered from 1.").arg(batch);
        return false;
    }
    if (pass < 1 || pass > mostPasses) {
        *error = tr("Entry %1 of batch %2: a batch is entered at most %3 times (entries 1 to %3).")
                     .arg(pass)
                     .arg(batch)
                     .arg(mostPasses);
        return false;
    }
    if (name.isEmpty()) {
        *error = tr("Entry %1 of batch %2: the operator's name is missing.").arg(pass).arg(batch);
        return false;
    }
    if (ballot.isDeclaredInvalid() && !BallotReasons::isDeclarable(ballot.declaredInvalid)) {
        *error = tr("Ballot %1 of batch %2: the program judges \"%3\" from the marks; the board declares "
                    "only what "
                    "it sees on paper.")
                     .arg(ballot.number)
                     .arg(batch)
                     .arg(BallotReasons::name(ballot.declaredInvalid));
        return false;
    }
    const QString marks = ballot.isDeclaredInvalid() ? QString() : ballot.marks;
    for (const QChar letter : marks) {
        if (!isMark(letter)) {
            *error = tr("Ballot %1 of batch %2: the marks \"%3\" hold \"%4\", which is no mark.")
                         .arg(ballot.number)
                         .arg(batch)
                         .arg(marks, QString(letter));
            return false;
        }
    }

    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    int batchSize = 0;
    if (!chosenBatchSize(electionId, round, &batchSize, error))
        return false;
    if (batchSize == 0) {
        *error = tr("Round %1 is not counted ballot by ballot; choose that first.").arg(round);
        return false;
    }
    if (ballot.number < 1 || ballot.number > batchSize) {
        *error = tr("Ballot %1 of batch %2: ballots of a batch are numbered from 1 to %3.")
                     .arg(ballot.number)
                     .arg(batch)
                     .arg(batchSize);
        return false;
    }
    qint64 entryId = 0;
    if (!openEntry(electionId, round, batch, pass, name, &entryId, error))
        return false;

    QSqlQuery stored(m_db);
    if (!QueryRunner::run(
            stored,
            QStringLiteral(
                "SELECT marks, invalid_reason FROM entered_ballots WHERE entry_id = ? AND number = ?"),
            {entryId, ballot.number}, error))
        return false;
    const QString reason = BallotReasons::key(ballot.declaredInvalid);
    const QString now = timeNow();
    if (!stored.next()) {
        return write(QStringLiteral(
                         "INSERT INTO entered_ballots (entry_id, number, marks, invalid_reason, entered_at) "
                         "VALUES (?, ?, ?, ?, ?)"),
                     {entryId, ballot.number, QueryRunner::textValue(marks), QueryRunner::textValue(reason),
                      now},
                     error) &&
               transaction.commit(error);
    }
    EnteredBallot after = ballot;
    after.marks = marks;
    const EnteredBallot before = ballotOf(batch, ballot.number, stored.value(0), stored.value(1));
    if (before.sameContent(after))
        return transaction.commit(error);
    return write(QStringLiteral("UPDATE entered_ballots SET marks = ?, invalid_reason = ?, entered_at = ? "
                                "WHERE entry_id = ? AND number = ?"),
                 {QueryRunner::textValue(marks), QueryRunner::textValue(reason), now, entryId, ballot.number},
                 error, 1) &&
           logCorrection(electionId, round, pass, name, before, after, now, error) &&
           transaction.commit(error);
}

bool BallotRepository::removeEntry(qint64 electionId, int round, int batch, int pass, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery entry(m_db);
    if (!QueryRunner::run(
            entry,
            QStringLiteral(
                "SELECT id, operator FROM ballot_entries WHERE election_id = ? AND round_number = ? "
                "AND batch = ? AND pass = ?"),
            {electionId, round, batch, pass}, error))
        return false;
    if (!entry.next()) {
        *error = tr("Batch %1 of round %2 has no entry %3.").arg(batch).arg(round).arg(pass);
        return false;
    }
    const qint64 entryId = entry.value(0).toLongLong();
    const QString operatorName = entry.value(1).toString();
    QSqlQuery ballots(m_db);
    if (!QueryRunner::run(
            ballots,
            QStringLiteral("SELECT number, marks, invalid_reason FROM entered_ballots WHERE entry_id = ? "
                           "ORDER BY number"),
            {entryId}, error))
        return false;
    const QString now = timeNow();
    while (ballots.next()) {
        const int number = ballots.value(0).toInt();
        EnteredBallot removed;
        removed.batch = batch;
        removed.number = number;
        if (!logCorrection(electionId, round, pass, operatorName,
                           ballotOf(batch, number, ballots.value(1), ballots.value(2)), removed, now, error))
            return false;
    }
    return write(QStringLiteral("DELETE FROM ballot_entries WHERE id = ?"), {entryId}, error, 1) &&
           transaction.commit(error);
}

bool BallotRepository::openEntry(qint64 electionId, int round, int batch, int pass,
                                 const QString &operatorName, qint64 *entryId, QString *error)
{
    const auto entries = [&](QList<StoredEntry> *found) {
        found->clear();
        QSqlQuery query(m_db);
        if (!QueryRunner::run(
                query,
                QStringLiteral("SELECT id, pass, operator FROM ballot_entries WHERE election_id = ? "
                               "AND round_number = ? AND batch = ? ORDER BY pass"),
                {electionId, round, batch}, error))
            return false;
        while (query.next())
            found->append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()});
        return true;
    };
    // The rules of double entry: one operator per entry, and each entry of a batch by another operator.
    const auto check = [&](const QList<StoredEntry> &found) {
        for (const StoredEntry &other : found) {
            if (other.pass == pass && !sameOperator(other.operatorName, operatorName)) {
                *error = tr("Entry %1 of batch %2 is entered by %3; %4 cannot enter ballots in it.")
                             .arg(pass)
                             .arg(batch)
                             .arg(other.operatorName, operatorName);
                return false;
            }
            if (other.pass != pass && sameOperator(other.operatorName, operatorName)) {
                *error =
                    tr("%1 already entered batch %2 as entry %3; entries of a batch must be by different "
                       "operators.")
                        .arg(other.operatorName)
                        .arg(batch)
                        .arg(other.pass);
                return false;
            }
            if (other.pass == pass)
                *entryId = other.id;
        }
        return true;
    };
    *entryId = 0;
    QList<StoredEntry> found;
    if (!entries(&found) || !check(found))
        return false;
    if (*entryId > 0)
        return true;
    // Another operator may open the same entry at the same moment: the second one finds it taken.
    QSqlQuery insert(m_db);
    if (!run(insert,
             QStringLiteral(
                 "INSERT INTO ballot_entries (election_id, round_number, batch, pass, operator, started_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (election_id, round_number, batch, pass) DO NOTHING "
                 "RETURNING id"),
             {electionId, round, batch, pass, operatorName, timeNow()}, error))
        return false;
    if (insert.next()) {
        *entryId = insert.value(0).toLongLong();
        return true;
    }
    return entries(&found) && check(found);
}

bool BallotRepository::logCorrection(qint64 electionId, int round, int pass, const QString &operatorName,
                                     const EnteredBallot &before, const EnteredBallot &after,
                                     const QString &at, QString *error)
{
    return write(
        QStringLiteral(
            "INSERT INTO ballot_corrections (election_id, round_number, batch, pass, number, operator, "
            "before_marks, before_reason, after_marks, after_reason, corrected_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {electionId, round, before.batch, pass, before.number, operatorName,
         QueryRunner::textValue(before.marks),
         QueryRunner::textValue(BallotReasons::key(before.declaredInvalid)),
         QueryRunner::textValue(after.marks),
         QueryRunner::textValue(BallotReasons::key(after.declaredInvalid)), at},
        error);
}

bool BallotRepository::chosenBatchSize(qint64 electionId, int round, int *batchSize, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(
            query,
            QStringLiteral(
                "SELECT batch_size FROM ballot_countings WHERE election_id = ? AND round_number = ?"),
            {electionId, round}, error))
        return false;
    *batchSize = query.next() ? query.value(0).toInt() : 0;
    return true;
}

bool BallotRepository::enteredCount(qint64 electionId, int round, int *count, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(
            query,
            QStringLiteral(
                "SELECT COUNT(*) FROM entered_ballots b JOIN ballot_entries e ON e.id = b.entry_id "
                "WHERE e.election_id = ? AND e.round_number = ?"),
            {electionId, round}, error))
        return false;
    *count = query.next() ? query.value(0).toInt() : 0;
    return true;
}

bool BallotRepository::write(const QString &sql, const QVariantList &values, QString *error, int rows)
{
    QSqlQuery query(m_db);
    if (!run(query, sql, values, error))
        return false;
    // The server's row rights hide the row from a login that may only read: the change finds nothing.
    if (rows >= 0 && query.numRowsAffected() != rows) {
        *error = refusedByServer(QString());
        return false;
    }
    return true;
}

bool BallotRepository::run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (QueryRunner::run(query, sql, values, error))
        return true;
    // insufficient_privilege: the server's row rights refused a new row.
    if (query.lastError().nativeErrorCode() == QLatin1String("42501"))
        *error = refusedByServer(query.lastError().databaseText());
    return false;
}

QString BallotRepository::refusedByServer(const QString &detail)
{
    const QString refusal =
        tr("The office server refused to save ballots of this congress: your login may only read it.");
    return detail.isEmpty() ? refusal : refusal + QStringLiteral(" (") + detail.trimmed() + QLatin1Char(')');
}

} // namespace daihoi
