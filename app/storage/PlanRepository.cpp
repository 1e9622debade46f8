#include "PlanRepository.h"

#include "QueryRunner.h"
#include "Transaction.h"
#include "domain/plans/PlanValidator.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace daihoi {

namespace {

const char *const planColumns =
    "id, unit_id, term_id, number, issued_on, subject, period_from, deadline, pilot_deadline";

Plan planFromRow(const QSqlQuery &q)
{
    Plan plan;
    plan.id = q.value(0).toLongLong();
    plan.unitId = q.value(1).toLongLong();
    plan.termId = q.value(2).toLongLong();
    plan.number = q.value(3).toString();
    plan.issuedOn = QueryRunner::toDate(q.value(4));
    plan.subject = q.value(5).toString();
    plan.periodFrom = QueryRunner::toDate(q.value(6));
    plan.deadline = QueryRunner::toDate(q.value(7));
    plan.pilotDeadline = QueryRunner::toDate(q.value(8));
    return plan;
}

QVariantList lineValues(const ScheduledCongress &line)
{
    return {QueryRunner::dateValue(line.date), QueryRunner::timeValue(line.time),
            QueryRunner::textValue(line.place), QueryRunner::textValue(line.attending), line.pilot ? 1 : 0};
}

QVariantList itemValues(const WorkItem &item)
{
    return {QueryRunner::textValue(item.title), QueryRunner::textValue(item.responsible),
            QueryRunner::dateValue(item.deadline), WorkItem::stateKey(item.state), QueryRunner::dateValue(item.doneOn)};
}

} // namespace

PlanRepository::PlanRepository(QSqlDatabase db) : m_db(db) {}

bool PlanRepository::plan(qint64 unitId, qint64 termId, Plan *plan, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT %1 FROM plans WHERE unit_id = ? AND term_id = ?")
                              .arg(QLatin1String(planColumns)),
                          {unitId, termId}, error))
        return false;
    *plan = Plan();
    if (!query.next())
        return true;
    *plan = planFromRow(query);
    return readLines(plan, error);
}

bool PlanRepository::previousPlan(qint64 unitId, qint64 termId, Plan *plan, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT p.id FROM plans p JOIN terms t ON t.id = p.term_id"
                                         " WHERE p.unit_id = ? AND t.start_year < (SELECT start_year FROM terms"
                                         " WHERE id = ?) ORDER BY t.start_year DESC, t.end_year DESC LIMIT 1"),
                          {unitId, termId}, error))
        return false;
    *plan = Plan();
    if (!query.next())
        return true;
    const qint64 id = query.value(0).toLongLong();
    if (!QueryRunner::run(query, QStringLiteral("SELECT %1 FROM plans WHERE id = ?").arg(QLatin1String(planColumns)),
                          {id}, error))
        return false;
    if (!query.next())
        return true;
    *plan = planFromRow(query);
    return readLines(plan, error);
}

bool PlanRepository::readLines(Plan *plan, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The timetable in the units' order, as it prints.
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT s.unit_id, s.scheduled_on, s.scheduled_at, s.place, s.attending,"
                                         " s.pilot FROM plan_schedule s JOIN units u ON u.id = s.unit_id"
                                         " WHERE s.plan_id = ? ORDER BY u.position, u.id"),
                          {plan->id}, error))
        return false;
    while (query.next()) {
        ScheduledCongress line;
        line.unitId = query.value(0).toLongLong();
        line.date = QueryRunner::toDate(query.value(1));
        line.time = QueryRunner::toTime(query.value(2));
        line.place = query.value(3).toString();
        line.attending = query.value(4).toString();
        line.pilot = query.value(5).toInt() != 0;
        plan->schedule.append(line);
    }
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT number, title, responsible, deadline, state, done_on"
                                         " FROM plan_work_items WHERE plan_id = ? ORDER BY number"),
                          {plan->id}, error))
        return false;
    while (query.next()) {
        WorkItem item;
        item.number = query.value(0).toInt();
        item.title = query.value(1).toString();
        item.responsible = query.value(2).toString();
        item.deadline = QueryRunner::toDate(query.value(3));
        WorkItem::stateFromKey(query.value(4).toString(), &item.state);
        item.doneOn = QueryRunner::toDate(query.value(5));
        plan->workItems.append(item);
    }
    return true;
}

bool PlanRepository::save(Plan *plan, QString *error)
{
    QSqlQuery query(m_db);
    QHash<qint64, QString> unitNames;
    if (!QueryRunner::run(query, QStringLiteral("SELECT id, name FROM units WHERE parent_id = ?"), {plan->unitId},
                          error))
        return false;
    while (query.next())
        unitNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    // Blank lines are not kept: a unit without any of it simply has no line.
    QList<ScheduledCongress> lines;
    for (const ScheduledCongress &line : std::as_const(plan->schedule)) {
        if (!line.isBlank())
            lines.append(line);
    }
    plan->schedule = lines;
    const FieldErrors problems = PlanValidator::validate(*plan, unitNames);
    if (!problems.isEmpty()) {
        *error = PlanValidator::joined(problems);
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    Plan stored;
    if (!this->plan(plan->unitId, plan->termId, &stored, error))
        return false;
    const QVariantList header{QueryRunner::textValue(plan->number),     QueryRunner::dateValue(plan->issuedOn),
                              QueryRunner::textValue(plan->subject),    QueryRunner::dateValue(plan->periodFrom),
                              QueryRunner::dateValue(plan->deadline), QueryRunner::dateValue(plan->pilotDeadline)};
    if (stored.isValid()) {
        plan->id = stored.id;
        const bool headerChanged = stored.number != plan->number || stored.issuedOn != plan->issuedOn
            || stored.subject != plan->subject || stored.periodFrom != plan->periodFrom
            || stored.deadline != plan->deadline || stored.pilotDeadline != plan->pilotDeadline;
        if (headerChanged
            && !write(query,
                                 QStringLiteral("UPDATE plans SET number = ?, issued_on = ?, subject = ?,"
                                                " period_from = ?, deadline = ?, pilot_deadline = ? WHERE id = ?"),
                                 header + QVariantList{plan->id}, error))
            return false;
    } else if (!insert(
                                    QStringLiteral("INSERT INTO plans (unit_id, term_id, number, issued_on, subject,"
                                                   " period_from, deadline, pilot_deadline)"
                                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       QVariantList{plan->unitId, plan->termId} + header, &plan->id, error)) {
        return false;
    }
    if (!writeSchedule(plan->id, stored.schedule, plan->schedule, error)
        || !writeItems(plan->id, stored.workItems, plan->workItems, error))
        return false;
    return transaction.commit(error);
}

bool PlanRepository::writeSchedule(qint64 planId, const QList<ScheduledCongress> &before,
                                   const QList<ScheduledCongress> &after, QString *error)
{
    QHash<qint64, ScheduledCongress> old;
    for (const ScheduledCongress &line : before)
        old.insert(line.unitId, line);
    QSqlQuery query(m_db);
    for (const ScheduledCongress &line : after) {
        const auto found = old.constFind(line.unitId);
        if (found != old.constEnd() && *found == line) {
            old.remove(line.unitId);
            continue;
        }
        const bool exists = found != old.constEnd();
        old.remove(line.unitId);
        const QString sql = exists ? QStringLiteral("UPDATE plan_schedule SET scheduled_on = ?, scheduled_at = ?,"
                                                    " place = ?, attending = ?, pilot = ? WHERE plan_id = ? AND unit_id = ?")
                                   : QStringLiteral("INSERT INTO plan_schedule (scheduled_on, scheduled_at, place,"
                                                    " attending, pilot, plan_id, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!write(query, sql, lineValues(line) + QVariantList{planId, line.unitId}, error))
            return false;
    }
    for (auto gone = old.constBegin(); gone != old.constEnd(); ++gone) {
        if (!write(query, QStringLiteral("DELETE FROM plan_schedule WHERE plan_id = ? AND unit_id = ?"),
                              {planId, gone.key()}, error))
            return false;
    }
    return true;
}

bool PlanRepository::writeItems(qint64 planId, const QList<WorkItem> &before, const QList<WorkItem> &after,
                                QString *error)
{
    QHash<int, WorkItem> old;
    for (const WorkItem &item : before)
        old.insert(item.number, item);
    QSqlQuery query(m_db);
    for (const WorkItem &item : after) {
        const auto found = old.constFind(item.number);
        if (found != old.constEnd() && *found == item) {
            old.remove(item.number);
            continue;
        }
        const bool exists = found != old.constEnd();
        old.remove(item.number);
        const QString sql = exists ? QStringLiteral("UPDATE plan_work_items SET title = ?, responsible = ?, deadline = ?,"
                                                    " state = ?, done_on = ? WHERE plan_id = ? AND number = ?")
                                   : QStringLiteral("INSERT INTO plan_work_items (title, responsible, deadline, state,"
                                                    " done_on, plan_id, number) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!write(query, sql, itemValues(item) + QVariantList{planId, item.number}, error))
            return false;
    }
    for (auto gone = old.constBegin(); gone != old.constEnd(); ++gone) {
        if (!write(query, QStringLiteral("DELETE FROM plan_work_items WHERE plan_id = ? AND number = ?"),
                              {planId, gone.key()}, error))
            return false;
    }
    return true;
}

bool PlanRepository::remove(qint64 planId, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    // Lines and items first, so each is recorded in the history before its plan.
    for (const char *sql : {"DELETE FROM plan_schedule WHERE plan_id = ?", "DELETE FROM plan_work_items WHERE plan_id = ?"}) {
        if (!QueryRunner::run(query, QString::fromLatin1(sql), {planId}, error))
            return false;
    }
    return write(query, QStringLiteral("DELETE FROM plans WHERE id = ?"), {planId}, error)
        && transaction.commit(error);
}

bool PlanRepository::units(qint64 committeeId, qint64 termId, QList<PlanUnit> *units, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT u.id, u.code, u.name,"
                                         " CASE WHEN c.status = 'held' THEN c.held_from END,"
                                         " CASE WHEN c.status = 'held' THEN COALESCE(c.held_to, c.held_from) END"
                                         " FROM units u LEFT JOIN congresses c ON c.unit_id = u.id AND c.term_id = ?"
                                         " WHERE u.parent_id = ? AND u.retired = 0 ORDER BY u.position, u.id"),
                          {termId, committeeId}, error))
        return false;
    units->clear();
    while (query.next()) {
        PlanUnit unit;
        unit.unitId = query.value(0).toLongLong();
        unit.code = query.value(1).toString();
        unit.name = query.value(2).toString();
        unit.heldFrom = QueryRunner::toDate(query.value(3));
        unit.heldLastDay = QueryRunner::toDate(query.value(4));
        units->append(unit);
    }
    return true;
}

bool PlanRepository::overdue(qint64 termId, const QDate &on, const QList<qint64> &unitIds, QSet<qint64> *overdue,
                             QString *error) const
{
    overdue->clear();
    if (unitIds.isEmpty())
        return true;
    QStringList marks;
    QVariantList values{termId, on.toString(Qt::ISODate), on.toString(Qt::ISODate)};
    for (qint64 id : unitIds) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    // The same rule as PlanStanding::classify, in SQL: ISO dates compare as text.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(
            query,
            QStringLiteral("SELECT u.id FROM units u JOIN plans p ON p.unit_id = u.parent_id AND p.term_id = ?"
                           " LEFT JOIN plan_schedule s ON s.plan_id = p.id AND s.unit_id = u.id"
                           " LEFT JOIN congresses c ON c.unit_id = u.id AND c.term_id = p.term_id"
                           " WHERE u.retired = 0"
                           " AND NOT (c.status IS NOT NULL AND c.status = 'held'"
                           " AND COALESCE(c.held_to, c.held_from, '') <= ?)"
                           " AND COALESCE(s.scheduled_on, CASE WHEN s.pilot = 1 THEN p.pilot_deadline END,"
                           " p.deadline) < ? AND u.id IN (%1)")
                .arg(marks.join(QLatin1Char(','))),
            values, error))
        return false;
    while (query.next())
        overdue->insert(query.value(0).toLongLong());
    return true;
}

bool PlanRepository::write(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!QueryRunner::run(query, sql, values, error)) {
        // insufficient_privilege: the office server's row rights refused a new row.
        if (query.lastError().nativeErrorCode() == QLatin1String("42501"))
            *error = refusedByServer();
        return false;
    }
    // A row the login may not change is invisible to it: the statement changes nothing, without an error.
    if (query.numRowsAffected() != 1) {
        *error = refusedByServer();
        return false;
    }
    return true;
}

bool PlanRepository::insert(const QString &sql, const QVariantList &values, qint64 *id, QString *error)
{
    if (QueryRunner::insert(m_db, sql, values, id, error))
        return true;
    if (error->contains(QLatin1String("row-level security")))
        *error = refusedByServer();
    return false;
}

QString PlanRepository::refusedByServer()
{
    return tr("The office server refused to save this committee's plan: your login may not change it.");
}

} // namespace daihoi
