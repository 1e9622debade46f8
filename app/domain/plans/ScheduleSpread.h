#pragma once

#include "Plan.h"

#include <QDate>
#include <QList>

namespace daihoi {

// Fills a plan's timetable quickly: dates spread evenly over the working days of a period, and a date of the
// last term's plan carried to this term.
class ScheduleSpread
{
public:
    // `count` dates on the weekdays (Monday to Friday) from `first` to `last`, in order and as evenly apart as
    // the days allow: the first on the first weekday, several on one day only when there are more units than
    // weekdays. Empty when the period holds no weekday.
    static QList<QDate> overWeekdays(int count, const QDate &first, const QDate &last);
    // Gives every unit of `unitIds` (in that order) a date: the pilot units (per the plan's lines) first,
    // over the period up to the pilot deadline, then the others over the rest of the period up to the deadline.
    // Times, places and members attending already on the lines are kept. False when the plan has no period.
    static bool spreadPlan(Plan *plan, const QList<qint64> &unitIds);
    // The same day `years` later, moved to the Monday after when it falls on a weekend.
    static QDate carriedForward(const QDate &date, int years);
};

} // namespace daihoi
