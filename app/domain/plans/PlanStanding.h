#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace daihoi {

// Where one unit that must hold a congress stands against its committee's plan on a given day
// (domain.md §2 "Plans"): exactly one of these.
class PlanStanding
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::PlanStanding)
public:
    enum Kind { HeldOnTime, HeldLate, Overdue, Upcoming, NotScheduled };
    static constexpr int kindCount = 5;
    // A congress scheduled from today to this many days ahead is upcoming: today and the 13 days after it.
    static constexpr int upcomingDays = 14;

    // due: the scheduled date, or the deadline that applies (Plan::dueDate); scheduled: the scheduled date
    // alone (invalid when none); heldLastDay: the congress's last day, invalid when not held.
    // A congress held after `on` counts as not held on `on`.
    static Kind classify(const QDate &due, const QDate &scheduled, const QDate &heldLastDay, const QDate &on);
    static QList<Kind> kinds() { return {HeldOnTime, HeldLate, Overdue, Upcoming, NotScheduled}; }
    // "held on time", as the command line prints it in English and the page in Vietnamese.
    static QString label(Kind kind);
    // A stable key for tests and files: "held-on-time", …
    static QString key(Kind kind);
};

} // namespace daihoi
