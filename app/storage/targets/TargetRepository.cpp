#include "TargetRepository.h"

#include "domain/targets/RatingEvaluation.h"
#include "domain/targets/TargetValidator.h"
#include "storage/QueryRunner.h"
#include "storage/RowPositions.h"
#include "storage/Transaction.h"
#include "storage/targets/RatingRepository.h"

#include <QSqlQuery>

namespace daihoi {

namespace {

QVariant reachedValue(const Target &target)
{
    return target.reached ? QVariant(target.reached->scaled()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariantList definitionValues(const Target &t)
{
    return {QueryRunner::textValue(t.group.trimmed()), QueryRunner::textValue(t.name.trimmed()),
            Target::comparisonKey(t.comparison),       t.value.scaled(),
            QueryRunner::textValue(t.unit.trimmed()),  Target::basisKey(t.basis),
            QualityRatings::key(t.ratingLevel),        reachedValue(t)};
}

} // namespace

TargetRepository::TargetRepository(QSqlDatabase db) : m_db(db) {}

QString TargetRepository::columns(const QString &alias)
{
    static const QStringList names = {
        QStringLiteral("id"),           QStringLiteral("congress_id"),   QStringLiteral("position"),
        QStringLiteral("target_group"), QStringLiteral("name"),          QStringLiteral("comparison"),
        QStringLiteral("value_scaled"), QStringLiteral("value_unit"),    QStringLiteral("basis"),
        QStringLiteral("rating_level"), QStringLiteral("reached_scaled")};
    QStringList qualified;
    for (const QString &name : names)
        qualified.append(alias + QLatin1Char('.') + name);
    return qualified.join(QStringLiteral(", "));
}

Target TargetRepository::fromRow(const QSqlQuery &q, int first)
{
    Target t;
    t.id = q.value(first).toLongLong();
    t.congressId = q.value(first + 1).toLongLong();
    t.position = q.value(first + 2).toInt();
    t.group = q.value(first + 3).toString();
    t.name = q.value(first + 4).toString();
    Target::comparisonFromKey(q.value(first + 5).toString(), &t.comparison);
    t.value = ExactDecimal::fromScaled(q.value(first + 6).toLongLong());
    t.unit = q.value(first + 7).toString();
    Target::basisFromKey(q.value(first + 8).toString(), &t.basis);
    QualityRatings::fromKey(q.value(first + 9).toString(), &t.ratingLevel);
    if (!q.value(first + 10).isNull())
        t.reached = ExactDecimal::fromScaled(q.value(first + 10).toLongLong());
    return t;
}

bool TargetRepository::targets(qint64 congressId, QList<Target> *targets, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT %1 FROM congress_targets t WHERE t.congress_id = ? "
                                         "ORDER BY t.position, t.id")
                              .arg(columns(QStringLiteral("t"))),
                          {congressId}, error))
        return false;
    targets->clear();
    while (query.next())
        targets->append(fromRow(query, 0));
    return true;
}

bool TargetRepository::byId(qint64 id, Target *target, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT %1 FROM congress_targets t WHERE t.id = ?")
                              .arg(columns(QStringLiteral("t"))),
                          {id}, error))
        return false;
    error->clear();
    if (!query.next())
        return false;
    *target = fromRow(query, 0);
    return true;
}

bool TargetRepository::save(Target *target, QString *error)
{
    return write(target, false, error);
}

bool TargetRepository::restore(Target *target, QString *error)
{
    return write(target, true, error);
}

bool TargetRepository::computeReached(Target *target, QString *error) const
{
    if (!target->isRatingBased())
        return true;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT c.unit_id, t.start_year, t.end_year FROM congresses c "
                                         "JOIN terms t ON t.id = c.term_id WHERE c.id = ?"),
                          {target->congressId}, error))
        return false;
    if (!query.next()) {
        *error = tr("The congress record %1 no longer exists.").arg(target->congressId);
        return false;
    }
    const qint64 unitId = query.value(0).toLongLong();
    const QList<int> years = RatingEvaluation::termYears(query.value(1).toInt(), query.value(2).toInt());
    QList<YearRating> ratings;
    if (!years.isEmpty() &&
        !RatingRepository(m_db).ratings(unitId, years.first(), years.last(), &ratings, error))
        return false;
    target->reached = RatingEvaluation::evaluate(*target, ratings, years).reached;
    return true;
}

bool TargetRepository::write(Target *target, bool withId, QString *error)
{
    const FieldErrors problems = TargetValidator::validate(*target);
    if (!problems.isEmpty()) {
        *error = TargetValidator::joined(problems);
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    if (!computeReached(target, error))
        return false;
    QSqlQuery query(m_db);
    if (target->id == 0 || withId) {
        if (!QueryRunner::run(
                query,
                QStringLiteral("SELECT COUNT(*), (SELECT COALESCE(MAX(position), -1) + 1 FROM "
                               "congress_targets WHERE congress_id = ?) FROM congresses WHERE id = ?"),
                {target->congressId, target->congressId}, error))
            return false;
        if (!query.next() || query.value(0).toInt() != 1) {
            *error = tr("The congress record %1 no longer exists.").arg(target->congressId);
            return false;
        }
        if (!withId)
            target->position = query.value(1).toInt();
        const QVariantList keys = withId ? QVariantList{target->id, target->congressId, target->position}
                                         : QVariantList{target->congressId, target->position};
        qint64 id = 0;
        if (!QueryRunner::insert(
                m_db,
                QStringLiteral("INSERT INTO congress_targets (%1congress_id, position, target_group, "
                               "name, comparison, value_scaled, value_unit, basis, rating_level, "
                               "reached_scaled) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(withId ? QStringLiteral("id, ") : QString(),
                         withId ? QStringLiteral("?, ") : QString()),
                keys + definitionValues(*target), &id, error))
            return false;
        target->id = id;
    } else {
        if (!QueryRunner::run(
                query,
                QStringLiteral("UPDATE congress_targets SET target_group = ?, name = ?, comparison = ?, "
                               "value_scaled = ?, value_unit = ?, basis = ?, rating_level = ?, "
                               "reached_scaled = ? WHERE id = ?"),
                definitionValues(*target) + QVariantList{target->id}, error))
            return false;
        if (query.numRowsAffected() != 1) {
            *error = tr("The target %1 no longer exists.").arg(target->id);
            return false;
        }
    }
    return transaction.commit(error);
}

bool TargetRepository::remove(qint64 id, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("DELETE FROM congress_targets WHERE id = ?"), {id}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = tr("The target %1 no longer exists.").arg(id);
        return false;
    }
    return transaction.commit(error);
}

bool TargetRepository::swapPositions(qint64 firstId, qint64 secondId, QString *error)
{
    Target first;
    Target second;
    if (!byId(firstId, &first, error) || !byId(secondId, &second, error)) {
        if (error->isEmpty())
            *error = tr("The target to move no longer exists.");
        return false;
    }
    if (first.congressId != second.congressId) {
        *error = tr("Targets %1 and %2 belong to different congresses.").arg(firstId).arg(secondId);
        return false;
    }
    return RowPositions::swap(m_db, QStringLiteral("congress_targets"), firstId, first.position, secondId, second.position,
                              error);
}

bool TargetRepository::addAll(QList<Target> *targets, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    for (Target &target : *targets) {
        if (!save(&target, error))
            return false;
    }
    return transaction.commit(error);
}

bool TargetRepository::restoreAll(QList<Target> *targets, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    for (Target &target : *targets) {
        if (!restore(&target, error))
            return false;
    }
    return transaction.commit(error);
}

bool TargetRepository::removeAll(const QList<qint64> &ids, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    for (qint64 id : ids) {
        if (!remove(id, error))
            return false;
    }
    return transaction.commit(error);
}

bool TargetRepository::previousTermTargets(qint64 congressId, QList<Target> *targets, Term *previousTerm,
                                           QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT p.id, pt.id, pt.start_year, pt.end_year FROM congresses c "
                                         "JOIN terms ct ON ct.id = c.term_id "
                                         "JOIN congresses p ON p.unit_id = c.unit_id "
                                         "JOIN terms pt ON pt.id = p.term_id "
                                         "WHERE c.id = ? AND pt.start_year < ct.start_year "
                                         "ORDER BY pt.start_year DESC, pt.end_year DESC LIMIT 1"),
                          {congressId}, error))
        return false;
    error->clear();
    targets->clear();
    if (!query.next())
        return false;
    const qint64 previousCongress = query.value(0).toLongLong();
    previousTerm->id = query.value(1).toLongLong();
    previousTerm->startYear = query.value(2).toInt();
    previousTerm->endYear = query.value(3).toInt();
    return this->targets(previousCongress, targets, error);
}

bool TargetRepository::refreshRatingTargets(qint64 unitId, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(
            query,
            QStringLiteral("SELECT %1 FROM congress_targets t JOIN congresses c ON c.id = t.congress_id "
                           "WHERE c.unit_id = ? AND t.basis <> 'manual'")
                .arg(columns(QStringLiteral("t"))),
            {unitId}, error))
        return false;
    QList<Target> affected;
    while (query.next())
        affected.append(fromRow(query, 0));
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery update(m_db);
    for (Target &target : affected) {
        if (!computeReached(&target, error) ||
            !QueryRunner::run(update,
                              QStringLiteral("UPDATE congress_targets SET reached_scaled = ? WHERE id = ?"),
                              {reachedValue(target), target.id}, error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace daihoi
