#include "PlanTimeline.h"

#include <QMap>

namespace daihoi {

namespace {

void widen(const QDate &date, QDate *first, QDate *last)
{
    if (!date.isValid())
        return;
    if (!first->isValid() || date < *first)
        *first = date;
    if (!last->isValid() || date > *last)
        *last = date;
}

} // namespace

PlanTimeline PlanTimeline::of(const Plan &plan, const QList<PlanUnit> &units)
{
    PlanTimeline timeline;
    timeline.m_hasPlan = plan.isValid();
    timeline.m_unitCount = int(units.size());
    if (timeline.m_hasPlan) {
        timeline.m_deadline = plan.deadline;
        timeline.m_pilotDeadline = plan.pilotDeadline;
    }
    // Counted per day first, then summed along the days: a committee of hundreds of units stays cheap.
    QMap<QDate, int> heldOn;
    QMap<QDate, int> dueOn;
    QDate first;
    QDate last;
    QDate lastHeld;
    for (const PlanUnit &unit : units) {
        if (unit.heldLastDay.isValid()) {
            ++heldOn[unit.heldLastDay];
            widen(unit.heldLastDay, &first, &last);
            if (!lastHeld.isValid() || unit.heldLastDay > lastHeld)
                lastHeld = unit.heldLastDay;
        }
        if (!timeline.m_hasPlan)
            continue;
        const QDate due = plan.dueDate(plan.scheduleOf(unit.unitId));
        if (due.isValid()) {
            ++dueOn[due];
            widen(due, &first, &last);
        }
    }
    if (timeline.m_hasPlan) {
        widen(plan.periodFrom, &first, &last);
        widen(plan.deadline, &first, &last);
        // The chart starts on the period's first day unless something happened before it.
        if (plan.periodFrom.isValid() && first.isValid() && plan.periodFrom < first)
            first = plan.periodFrom;
        // Past the deadline only as far as the last congress held; a date scheduled later still shows.
        if (plan.deadline.isValid()) {
            QDate end = plan.deadline;
            if (lastHeld.isValid() && lastHeld > end)
                end = lastHeld;
            if (!dueOn.isEmpty() && dueOn.lastKey() > end)
                end = dueOn.lastKey();
            last = end;
        }
    }
    if (!first.isValid())
        return timeline;
    int held = 0;
    int scheduled = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        held += heldOn.value(day);
        scheduled += dueOn.value(day);
        timeline.m_days.append({day, held, scheduled});
    }
    return timeline;
}

} // namespace daihoi
