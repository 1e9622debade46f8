#include "SubCommitteeProgressQuery.h"

#include "QueryRunner.h"

#include <QSqlQuery>

namespace daihoi {

SubCommitteeProgressQuery::SubCommitteeProgressQuery(QSqlDatabase db) : m_db(db) {}

bool SubCommitteeProgressQuery::counts(qint64 committeeId, qint64 termId, const QDate &on,
                                       QList<SubCommitteeProgress> *rows, QString *error) const
{
    rows->clear();
    const QString day = on.toString(Qt::ISODate);
    // One row per unit with whether it is held and when it is due, then summed per sub-committee. The rule is
    // PlanStanding's and PlanRepository::overdue's: ISO dates compare as text, a held congress without dates is held.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(
            query,
            QStringLiteral(
                "SELECT x.sub_id, x.code, x.name, MAX(x.planned),"
                " SUM(x.held),"
                " SUM(CASE WHEN x.held = 0 AND x.due IS NOT NULL AND x.due >= ? THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN x.held = 0 AND x.due IS NOT NULL AND x.due < ? THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN x.held = 0 AND x.due IS NULL THEN 1 ELSE 0 END)"
                " FROM (SELECT s.id AS sub_id, s.code AS code, s.name AS name, s.position AS position,"
                " CASE WHEN p.id IS NULL THEN 0 ELSE 1 END AS planned,"
                " CASE WHEN c.status = 'held' AND COALESCE(c.held_to, c.held_from, '') <= ? THEN 1 ELSE 0 END AS held,"
                " COALESCE(l.scheduled_on, CASE WHEN l.pilot = 1 THEN p.pilot_deadline END, p.deadline) AS due"
                " FROM units s JOIN units u ON u.parent_id = s.id AND u.retired = 0"
                " LEFT JOIN plans p ON p.unit_id = s.id AND p.term_id = ?"
                " LEFT JOIN plan_schedule l ON l.plan_id = p.id AND l.unit_id = u.id"
                " LEFT JOIN congresses c ON c.unit_id = u.id AND c.term_id = ?"
                " WHERE s.parent_id = ? AND s.retired = 0) x"
                " GROUP BY x.sub_id, x.code, x.name, x.position ORDER BY x.position, x.sub_id"),
            {day, day, day, termId, termId, committeeId}, error))
        return false;
    while (query.next()) {
        SubCommitteeProgress row;
        row.unitId = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.name = query.value(2).toString();
        row.hasPlan = query.value(3).toInt() > 0;
        row.held = query.value(4).toInt();
        row.scheduled = query.value(5).toInt();
        row.overdue = query.value(6).toInt();
        row.notScheduled = query.value(7).toInt();
        rows->append(row);
    }
    return true;
}

} // namespace daihoi
