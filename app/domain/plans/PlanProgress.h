#pragma once

#include "Plan.h"
#include "PlanStanding.h"

#include <QCoreApplication>
#include <QList>

namespace daihoi {

// A unit that must hold a congress in the plan's term, with what it has done so far.
struct PlanUnit
{
    qint64 unitId = 0;
    QString code;
    QString name;
    QDate heldFrom;    // invalid: not held
    QDate heldLastDay; // invalid: not held
};

// One unit's line of the progress lists: the unit, its timetable line (blank when it has none), the day it
// was due and where it stands.
struct PlanUnitStanding
{
    PlanUnit unit;
    ScheduledCongress scheduled;
    QDate due;
    PlanStanding::Kind kind = PlanStanding::NotScheduled;
};

// Progress against a plan on a day: every unit that must hold a congress counted in exactly one of the five
// standings, with the lists behind the counts.
class PlanProgress
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::PlanProgress)
public:
    static PlanProgress of(const Plan &plan, const QList<PlanUnit> &units, const QDate &on);

    QDate on() const { return m_on; }
    int count(PlanStanding::Kind kind) const { return int(m_lists.at(kind).size()); }
    int total() const;
    // Overdue units by due date, the oldest first; upcoming by scheduled date and time; the others in the
    // units' order.
    const QList<PlanUnitStanding> &units(PlanStanding::Kind kind) const { return m_lists.at(kind); }
    // "Đúng tiến độ 10, chậm 1, quá hạn 2, sắp tới 1, chưa đến lịch 1"
    QString summary() const;

private:
    QDate m_on;
    QList<QList<PlanUnitStanding>> m_lists;
};

} // namespace daihoi
