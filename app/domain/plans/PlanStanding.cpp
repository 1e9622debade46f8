#include "PlanStanding.h"

namespace daihoi {

PlanStanding::Kind PlanStanding::classify(const QDate &due, const QDate &scheduled, const QDate &heldLastDay,
                                          const QDate &on)
{
    if (heldLastDay.isValid() && heldLastDay <= on)
        return !due.isValid() || heldLastDay <= due ? HeldOnTime : HeldLate;
    // The due day itself is still in time: the congress may be sitting that day.
    if (due.isValid() && due < on)
        return Overdue;
    if (scheduled.isValid() && scheduled >= on && on.daysTo(scheduled) < upcomingDays)
        return Upcoming;
    return NotScheduled;
}

QString PlanStanding::label(Kind kind)
{
    switch (kind) {
    case HeldOnTime: return tr("held on time");
    case HeldLate: return tr("held late");
    case Overdue: return tr("overdue");
    case Upcoming: return tr("upcoming");
    case NotScheduled: return tr("not scheduled");
    }
    return {};
}

QString PlanStanding::key(Kind kind)
{
    switch (kind) {
    case HeldOnTime: return QStringLiteral("held-on-time");
    case HeldLate: return QStringLiteral("held-late");
    case Overdue: return QStringLiteral("overdue");
    case Upcoming: return QStringLiteral("upcoming");
    case NotScheduled: return QStringLiteral("not-scheduled");
    }
    return {};
}

} // namespace daihoi
