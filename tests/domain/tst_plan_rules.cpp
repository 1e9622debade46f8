#include "domain/plans/Plan.h"
#include "domain/plans/PlanProgress.h"
#include "domain/plans/PlanStanding.h"
#include "domain/plans/PlanValidator.h"
#include "domain/plans/ScheduleSpread.h"
#include "domain/plans/WorkItemTally.h"

#include <QtTest>

// A committee's plan (domain.md §2 "Plans"): where a unit stands on a day, the timetable spread over
// weekdays, the work items' tally and what a plan may not hold.
using namespace daihoi;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QList<QDate> dates(std::initializer_list<const char *> isoDates)
{
    QList<QDate> list;
    for (const char *iso : isoDates)
        list.append(d(iso));
    return list;
}

} // namespace

class TestPlanRules : public QObject
{
    Q_OBJECT
private slots:
    void classifiesByDate_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("scheduled");
        QTest::addColumn<QDate>("held");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("kind");
        // Held: on time up to and including the due day, late from the day after.
        QTest::newRow("held on the scheduled day") << d("2017-07-06") << d("2017-07-06") << d("2017-07-06")
                                                   << d("2017-07-10") << int(PlanStanding::HeldOnTime);
        QTest::newRow("held a day after it") << d("2017-07-06") << d("2017-07-06") << d("2017-07-07")
                                             << d("2017-07-10") << int(PlanStanding::HeldLate);
        QTest::newRow("held early") << d("2017-07-06") << d("2017-07-06") << d("2017-07-01") << d("2017-07-01")
                                    << int(PlanStanding::HeldOnTime);
        QTest::newRow("held by the deadline, no date") << d("2022-09-15") << QDate() << d("2022-09-15")
                                                       << d("2022-09-20") << int(PlanStanding::HeldOnTime);
        QTest::newRow("held after the deadline, no date") << d("2022-09-15") << QDate() << d("2022-09-16")
                                                          << d("2022-09-20") << int(PlanStanding::HeldLate);
        QTest::newRow("held, plan without any date") << QDate() << QDate() << d("2022-09-16") << d("2022-09-20")
                                                     << int(PlanStanding::HeldOnTime);
        // A congress held after the day asked about was not yet held on that day.
        QTest::newRow("held later than the day asked") << d("2017-07-06") << d("2017-07-06") << d("2017-07-06")
                                                       << d("2017-07-05") << int(PlanStanding::Upcoming);
        // Not held: the due day itself is not yet overdue.
        QTest::newRow("due today") << d("2017-07-06") << d("2017-07-06") << QDate() << d("2017-07-06")
                                   << int(PlanStanding::Upcoming);
        QTest::newRow("due yesterday") << d("2017-07-06") << d("2017-07-06") << QDate() << d("2017-07-07")
                                       << int(PlanStanding::Overdue);
        QTest::newRow("deadline passed, no date") << d("2022-09-15") << QDate() << QDate() << d("2022-09-16")
                                                  << int(PlanStanding::Overdue);
        QTest::newRow("deadline today, no date") << d("2022-09-15") << QDate() << QDate() << d("2022-09-15")
                                                 << int(PlanStanding::NotScheduled);
        // Upcoming: scheduled from today to 13 days ahead.
        QTest::newRow("13 days ahead") << d("2017-07-19") << d("2017-07-19") << QDate() << d("2017-07-06")
                                       << int(PlanStanding::Upcoming);
        QTest::newRow("14 days ahead") << d("2017-07-20") << d("2017-07-20") << QDate() << d("2017-07-06")
                                       << int(PlanStanding::NotScheduled);
        QTest::newRow("nothing at all") << QDate() << QDate() << QDate() << d("2017-07-06")
                                        << int(PlanStanding::NotScheduled);
    }

    void classifiesByDate()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, scheduled);
        QFETCH(QDate, held);
        QFETCH(QDate, on);
        QFETCH(int, kind);
        QCOMPARE(int(PlanStanding::classify(due, scheduled, held, on)), kind);
    }

    // A pilot unit without a date is due by the pilot deadline, the others by the plan's.
    void dueDateFallsBackToTheDeadlines()
    {
        Plan plan;
        plan.deadline = d("2022-09-15");
        plan.pilotDeadline = d("2022-08-05");
        plan.schedule = {{1, QDate(), QTime(), {}, {}, true}, {2, QDate(), QTime(), {}, {}, false},
                         {3, d("2022-08-20"), QTime(8, 0), {}, {}, true}};
        QCOMPARE(plan.dueDate(plan.scheduleOf(1)), d("2022-08-05"));
        QCOMPARE(plan.dueDate(plan.scheduleOf(2)), d("2022-09-15"));
        QCOMPARE(plan.dueDate(plan.scheduleOf(3)), d("2022-08-20"));
        QCOMPARE(plan.dueDate(nullptr), d("2022-09-15"));
    }

    void progressCountsEveryUnitOnce()
    {
        Plan plan;
        plan.deadline = d("2017-07-31");
        plan.schedule = {{1, d("2017-07-03"), {}, {}, {}, false},
                         {2, d("2017-07-04"), {}, {}, {}, false},
                         {3, d("2017-07-06"), QTime(14, 0), {}, {}, false},
                         {4, d("2017-07-06"), QTime(8, 0), {}, {}, false}};
        const QList<PlanUnit> units{{1, u"U-1"_s, u"Một"_s, d("2017-07-03"), d("2017-07-03")},
                                    {2, u"U-2"_s, u"Hai"_s, QDate(), QDate()},
                                    {3, u"U-3"_s, u"Ba"_s, QDate(), QDate()},
                                    {4, u"U-4"_s, u"Bốn"_s, QDate(), QDate()},
                                    {5, u"U-5"_s, u"Năm"_s, QDate(), QDate()}};
        const PlanProgress progress = PlanProgress::of(plan, units, d("2017-07-05"));
        QCOMPARE(progress.total(), 5);
        QCOMPARE(progress.count(PlanStanding::HeldOnTime), 1);
        QCOMPARE(progress.count(PlanStanding::Overdue), 1);
        QCOMPARE(progress.units(PlanStanding::Overdue).first().unit.code, QStringLiteral("U-2"));
        QCOMPARE(progress.count(PlanStanding::Upcoming), 2);
        // Upcoming by day, then by time: the morning congress first.
        QCOMPARE(progress.units(PlanStanding::Upcoming).first().unit.code, QStringLiteral("U-4"));
        QCOMPARE(progress.count(PlanStanding::NotScheduled), 1);
    }

    void spreadsOverWeekdays_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QList<QDate>>("expected");
        // Monday 1 August 2022 to Friday 12 August: ten weekdays.
        QTest::newRow("one per weekday") << 10 << d("2022-08-01") << d("2022-08-12")
                                         << dates({"2022-08-01", "2022-08-02", "2022-08-03", "2022-08-04",
                                                   "2022-08-05", "2022-08-08", "2022-08-09", "2022-08-10",
                                                   "2022-08-11", "2022-08-12"});
        QTest::newRow("every other weekday") << 5 << d("2022-08-01") << d("2022-08-12")
                                             << dates({"2022-08-01", "2022-08-03", "2022-08-05", "2022-08-09",
                                                       "2022-08-11"});
        QTest::newRow("more units than days") << 3 << d("2022-08-05") << d("2022-08-08")
                                              << dates({"2022-08-05", "2022-08-05", "2022-08-08"});
        QTest::newRow("a period starting on a Saturday") << 1 << d("2022-08-06") << d("2022-08-12")
                                                         << dates({"2022-08-08"});
        QTest::newRow("only a weekend") << 2 << d("2022-08-06") << d("2022-08-07") << QList<QDate>();
        QTest::newRow("no units") << 0 << d("2022-08-01") << d("2022-08-12") << QList<QDate>();
    }

    void spreadsOverWeekdays()
    {
        QFETCH(int, count);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QList<QDate>, expected);
        QCOMPARE(ScheduleSpread::overWeekdays(count, first, last), expected);
    }

    // Pilot units first, by the pilot deadline; the rest after it; lines keep their places and members.
    void spreadPlanPutsPilotsFirst()
    {
        Plan plan;
        plan.periodFrom = d("2022-08-01");
        plan.pilotDeadline = d("2022-08-05");
        plan.deadline = d("2022-08-12");
        plan.schedule = {{3, QDate(), QTime(8, 0), QStringLiteral("Nhà văn hóa"), QStringLiteral("Trần B"), true}};
        QVERIFY(ScheduleSpread::spreadPlan(&plan, {1, 2, 3}));
        QCOMPARE(plan.schedule.size(), 3);
        QCOMPARE(plan.scheduleOf(3)->date, d("2022-08-01"));
        QCOMPARE(plan.scheduleOf(3)->place, QStringLiteral("Nhà văn hóa"));
        QCOMPARE(plan.scheduleOf(1)->date, d("2022-08-08"));
        QCOMPARE(plan.scheduleOf(2)->date, d("2022-08-10"));
        // In the units' order, as the timetable prints.
        QCOMPARE(plan.schedule.first().unitId, 1);
        Plan noPeriod;
        QVERIFY(!ScheduleSpread::spreadPlan(&noPeriod, {1}));
    }

    void carriesLastTermsDates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("years");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("a weekday stays") << d("2017-07-06") << 5 << d("2022-07-06");
        QTest::newRow("landing on a Saturday moves to Monday") << d("2017-07-09") << 5 << d("2022-07-11");
        QTest::newRow("29 February") << d("2020-02-29") << 5 << d("2025-02-28");
    }

    void carriesLastTermsDates()
    {
        QFETCH(QDate, date);
        QFETCH(int, years);
        QFETCH(QDate, expected);
        QCOMPARE(ScheduleSpread::carriedForward(date, years), expected);
    }

    void workItemsOverdueFirst()
    {
        const QList<WorkItem> items{
            {1, u"Xây dựng kế hoạch"_s, u"Ban Tổ chức"_s, d("2022-07-15"), WorkItem::State::Done, d("2022-07-12")},
            {2, u"Chuẩn bị văn kiện"_s, u"Văn phòng"_s, d("2022-08-10"), WorkItem::State::InProgress, QDate()},
            {3, u"Nhân sự cấp ủy"_s, u"Ban Tổ chức"_s, d("2022-08-01"), WorkItem::State::NotStarted, QDate()},
            {4, u"Tổng kết"_s, u"Văn phòng"_s, d("2022-10-01"), WorkItem::State::NotStarted, QDate()},
            {5, u"Tuyên truyền"_s, u"Ban Tuyên giáo"_s, d("2022-07-20"), WorkItem::State::Done, d("2022-07-25")}};
        const WorkItemTally tally = WorkItemTally::of(items, d("2022-08-15"));
        QCOMPARE(tally.done(), 2);
        QCOMPARE(tally.total(), 5);
        QCOMPARE(tally.overdue(), 2);
        QCOMPARE(tally.items().at(0).number, 3); // the older deadline first
        QCOMPARE(tally.items().at(1).number, 2);
        QCOMPARE(tally.items().at(2).number, 1);
        QVERIFY(items.at(4).wasDoneLate());
        QVERIFY(!items.at(0).wasDoneLate());
        QCOMPARE(tally.headline(), QStringLiteral("2/5 work items done, 2 overdue"));
    }

    void refusesByName_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("number") << u"number"_s << u"The plan's number is empty, e.g. 74-KH/ĐU."_s;
        QTest::newRow("deadline") << u"deadline"_s << u"The deadline 1/8/2022 is before the period's first day 12/8/2022."_s;
        QTest::newRow("pilot") << u"pilotDeadline"_s << u"The pilot congresses' deadline 5/9/2022 is after the plan's deadline 1/8/2022."_s;
        QTest::newRow("foreign unit") << u"schedule:99"_s << u"The timetable names a unit that is not one of this committee's."_s;
        QTest::newRow("control character") << u"schedule:1"_s << u"The place of Chi bộ Một contains a control character."_s;
        QTest::newRow("item twice") << u"item:2"_s << u"Work item 2 is numbered twice."_s;
        QTest::newRow("done without a day") << u"item:2"_s << u"Work item 2 is done but the day it was done is empty."_s;
    }

    void refusesByName()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        Plan plan;
        plan.issuedOn = d("2022-07-12");
        plan.periodFrom = d("2022-08-12");
        plan.deadline = d("2022-08-01");
        plan.pilotDeadline = d("2022-09-05");
        plan.schedule = {{1, QDate(), QTime(), QStringLiteral("Hội\ntrường"), {}, false}, {99, d("2022-08-10"), {}, {}, {}, false}};
        plan.workItems = {{2, u"Một"_s, {}, QDate(), WorkItem::State::Done, QDate()}, {2, u"Hai"_s, {}, QDate(), WorkItem::State::NotStarted, QDate()}};
        const FieldErrors errors = PlanValidator::validate(plan, {{1, QStringLiteral("Chi bộ Một")}});
        bool found = false;
        for (const FieldError &error : errors)
            found = found || (error.field == field && error.message == message);
        QVERIFY2(found, qPrintable(PlanValidator::joined(errors)));
    }
};

QTEST_GUILESS_MAIN(TestPlanRules)
#include "tst_plan_rules.moc"
