#pragma once

#include "domain/plans/Plan.h"
#include "domain/plans/PlanProgress.h"

#include <QDate>
#include <QList>

namespace daihoi {

// One day of the timeline: congresses held up to and including it, and congresses the plan has due by then.
struct TimelineDay
{
    QDate day;
    int held = 0;
    int scheduled = 0;

    bool operator==(const TimelineDay &o) const { return day == o.day && held == o.held && scheduled == o.scheduled; }
};

// Congresses held per day, cumulative, against the plan's schedule line: the data of the first chart of a
// committee. A unit is due on Plan::dueDate (its scheduled date, else the pilot or the plan's deadline), so the
// schedule line reaches every unit that has a date or a deadline; it counts as held on its congress's last day.
class PlanTimeline
{
public:
    // `plan` may be invalid (no plan): then only the held line, from the first to the last day held.
    static PlanTimeline of(const Plan &plan, const QList<PlanUnit> &units);

    bool hasPlan() const { return m_hasPlan; }
    bool isEmpty() const { return m_days.isEmpty(); }
    int unitCount() const { return m_unitCount; }
    // From the period's first day (or an earlier day something was held or due) to the deadline, or the last
    // day held when that is later; every day once, in order.
    const QList<TimelineDay> &days() const { return m_days; }
    QDate deadline() const { return m_deadline; }
    QDate pilotDeadline() const { return m_pilotDeadline; }
    int heldTotal() const { return m_days.isEmpty() ? 0 : m_days.constLast().held; }
    int scheduledTotal() const { return m_days.isEmpty() ? 0 : m_days.constLast().scheduled; }

private:
    bool m_hasPlan = false;
    int m_unitCount = 0;
    QDate m_deadline;
    QDate m_pilotDeadline;
    QList<TimelineDay> m_days;
};

} // namespace daihoi
