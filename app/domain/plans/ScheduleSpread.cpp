#include "ScheduleSpread.h"

#include <QHash>

namespace daihoi {

namespace {

bool isWeekday(const QDate &date)
{
    return date.dayOfWeek() <= 5;
}

} // namespace

QList<QDate> ScheduleSpread::overWeekdays(int count, const QDate &first, const QDate &last)
{
    QList<QDate> weekdays;
    if (!first.isValid() || !last.isValid())
        return {};
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (isWeekday(day))
            weekdays.append(day);
    }
    QList<QDate> dates;
    if (weekdays.isEmpty() || count <= 0)
        return dates;
    const qint64 available = weekdays.size();
    for (qint64 i = 0; i < count; ++i)
        dates.append(weekdays.at(i * available / count));
    return dates;
}

bool ScheduleSpread::spreadPlan(Plan *plan, const QList<qint64> &unitIds)
{
    if (!plan->periodFrom.isValid() || !plan->deadline.isValid() || plan->deadline < plan->periodFrom)
        return false;
    QList<qint64> pilots;
    QList<qint64> others;
    for (qint64 unitId : unitIds) {
        const ScheduledCongress *line = plan->scheduleOf(unitId);
        (line && line->pilot ? pilots : others).append(unitId);
    }
    const QDate pilotsEnd = plan->pilotDeadline.isValid() && !pilots.isEmpty()
        ? qBound(plan->periodFrom, plan->pilotDeadline, plan->deadline)
        : plan->periodFrom.addDays(-1);
    // The others start after the pilots' last day, unless the pilots fill the whole period.
    const QDate othersFrom = pilotsEnd < plan->deadline ? pilotsEnd.addDays(1) : plan->periodFrom;
    QList<QDate> dates = overWeekdays(int(pilots.size()), plan->periodFrom, pilotsEnd);
    dates += overWeekdays(int(others.size()), othersFrom, plan->deadline);
    if (dates.size() != pilots.size() + others.size())
        return false;
    const QList<qint64> ordered = pilots + others;
    QHash<qint64, QDate> dateOf;
    for (int i = 0; i < ordered.size(); ++i)
        dateOf.insert(ordered.at(i), dates.at(i));
    // Kept in the units' order, as the timetable prints them.
    QList<ScheduledCongress> schedule;
    for (qint64 unitId : unitIds) {
        const ScheduledCongress *old = plan->scheduleOf(unitId);
        ScheduledCongress line = old ? *old : ScheduledCongress{};
        line.unitId = unitId;
        line.date = dateOf.value(unitId);
        schedule.append(line);
    }
    plan->schedule = schedule;
    return true;
}

QDate ScheduleSpread::carriedForward(const QDate &date, int years)
{
    if (!date.isValid())
        return {};
    QDate moved = date.addYears(years);
    while (!isWeekday(moved))
        moved = moved.addDays(1);
    return moved;
}

} // namespace daihoi
