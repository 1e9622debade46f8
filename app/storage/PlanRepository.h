#pragma once

#include "domain/plans/Plan.h"
#include "domain/plans/PlanProgress.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace daihoi {

// Reads and writes committees' plans (schema version 11). Each write is one transaction.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::PlanRepository)
public:
    explicit PlanRepository(QSqlDatabase db);

    // The plan of a committee for a term; true with plan->id == 0 when it has none.
    bool plan(qint64 unitId, qint64 termId, Plan *plan, QString *error) const;
    // The committee's plan of the latest earlier term (for copying its timetable); true with id 0 when none.
    bool previousPlan(qint64 unitId, qint64 termId, Plan *plan, QString *error) const;
    // Adds or replaces the plan of plan->unitId and plan->termId with its timetable and work items, writing
    // only the lines and items that changed. Refuses what PlanValidator refuses. Fills plan->id.
    bool save(Plan *plan, QString *error);
    bool remove(qint64 planId, QString *error);

    // The committee's non-retired subordinate units, in their order, with their congress of the term.
    bool units(qint64 committeeId, qint64 termId, QList<PlanUnit> *units, QString *error) const;
    // Of unitIds, those their parent's plan for termId has overdue on `on` (due day passed, not held).
    bool overdue(qint64 termId, const QDate &on, const QList<qint64> &unitIds, QSet<qint64> *overdue,
                 QString *error) const;

private:
    bool readLines(Plan *plan, QString *error) const;
    // Runs an UPDATE, DELETE or INSERT of one row; a row the office server's rights hide or refuse is refused.
    static bool write(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
    bool insert(const QString &sql, const QVariantList &values, qint64 *id, QString *error);
    static QString refusedByServer();
    bool writeSchedule(qint64 planId, const QList<ScheduledCongress> &before, const QList<ScheduledCongress> &after,
                       QString *error);
    bool writeItems(qint64 planId, const QList<WorkItem> &before, const QList<WorkItem> &after, QString *error);

    QSqlDatabase m_db;
};

} // namespace daihoi
