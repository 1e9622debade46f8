#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace daihoi {

// One subordinate unit's line of a plan's timetable ("Lịch tổ chức đại hội các chi bộ"): when and where its
// congress is to be held and which committee member attends it. Any part may still be blank.
struct ScheduledCongress
{
    qint64 unitId = 0;
    QDate date;
    QTime time;        // invalid: not yet fixed
    QString place;
    QString attending; // đồng chí phụ trách dự
    bool pilot = false; // đại hội điểm: held first, by the plan's pilot deadline

    bool isBlank() const { return !date.isValid() && !time.isValid() && place.isEmpty() && attending.isEmpty() && !pilot; }
    bool operator==(const ScheduledCongress &o) const
    {
        return unitId == o.unitId && date == o.date && time == o.time && place == o.place
            && attending == o.attending && pilot == o.pilot;
    }
};

} // namespace daihoi
