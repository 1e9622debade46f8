#include "PlanProgress.h"

#include <QStringList>

#include <algorithm>

namespace daihoi {

PlanProgress PlanProgress::of(const Plan &plan, const QList<PlanUnit> &units, const QDate &on)
{
    PlanProgress progress;
    progress.m_on = on;
    progress.m_lists.resize(PlanStanding::kindCount);
    for (const PlanUnit &unit : units) {
        PlanUnitStanding line;
        line.unit = unit;
        const ScheduledCongress *scheduled = plan.scheduleOf(unit.unitId);
        if (scheduled)
            line.scheduled = *scheduled;
        line.scheduled.unitId = unit.unitId;
        line.due = plan.dueDate(scheduled);
        line.kind = PlanStanding::classify(line.due, line.scheduled.date, unit.heldLastDay, on);
        progress.m_lists[line.kind].append(line);
    }
    const auto byDue = [](const PlanUnitStanding &a, const PlanUnitStanding &b) { return a.due < b.due; };
    std::stable_sort(progress.m_lists[PlanStanding::Overdue].begin(), progress.m_lists[PlanStanding::Overdue].end(),
                     byDue);
    std::stable_sort(progress.m_lists[PlanStanding::Upcoming].begin(),
                     progress.m_lists[PlanStanding::Upcoming].end(),
                     [](const PlanUnitStanding &a, const PlanUnitStanding &b) {
                         if (a.scheduled.date != b.scheduled.date)
                             return a.scheduled.date < b.scheduled.date;
                         return a.scheduled.time < b.scheduled.time;
                     });
    return progress;
}

int PlanProgress::total() const
{
    int sum = 0;
    for (const QList<PlanUnitStanding> &list : m_lists)
        sum += int(list.size());
    return sum;
}

QString PlanProgress::summary() const
{
    QStringList parts;
    for (PlanStanding::Kind kind : PlanStanding::kinds())
        parts.append(tr("%1: %2").arg(PlanStanding::label(kind)).arg(count(kind)));
    return parts.join(QStringLiteral("; "));
}

} // namespace daihoi
