#include "TestDatabase.h"
#include "reports/charts/CommitteeChartData.h"
#include "reports/charts/CompositionBars.h"
#include "reports/charts/PlanTimeline.h"
#include "services/AppSettings.h"
#include "storage/PlanRepository.h"
#include "storage/SubCommitteeProgressQuery.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QStandardPaths>
#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(QList<int>)

namespace {

const QDate aug(int day)
{
    return QDate(2022, 8, day);
}

PlanUnit unit(qint64 id, const QDate &held = QDate())
{
    PlanUnit u;
    u.unitId = id;
    u.code = QStringLiteral("U%1").arg(id);
    u.heldFrom = held;
    u.heldLastDay = held;
    return u;
}

ScheduledCongress line(qint64 unitId, const QDate &date, bool pilot = false)
{
    ScheduledCongress l;
    l.unitId = unitId;
    l.date = date;
    l.pilot = pilot;
    return l;
}

// A plan from 1/8 to 10/8/2022, pilots due by 4/8: unit 1 on 3/8, unit 2 on 5/8, unit 3 with no line (due on the
// deadline), unit 4 a pilot with no date (due on the pilot deadline).
Plan smallPlan()
{
    Plan plan;
    plan.id = 1;
    plan.number = QStringLiteral("74-KH/ĐU");
    plan.periodFrom = aug(1);
    plan.deadline = aug(10);
    plan.pilotDeadline = aug(4);
    plan.schedule = {line(1, aug(3)), line(2, aug(5)), line(4, QDate(), true)};
    return plan;
}

} // namespace

// What the charts of a committee show, computed without widgets: the cumulative lines of congresses held and due
// per day, the composition's shares against the structure targets, and the sub-committees' counts.
class TestChartData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void timelineOfASmallPlan_data()
    {
        QTest::addColumn<QList<int>>("held");      // one count per day from 1/8
        QTest::addColumn<QList<int>>("scheduled"); // one count per day from 1/8
        QTest::addColumn<QDate>("pilotHeld");
        QTest::addColumn<QDate>("secondHeld");
        // Held: the pilot on 2/8, unit 1 on its day 3/8, unit 2 late on 7/8; unit 3 not yet.
        QTest::newRow("to the deadline") << QList<int>{0, 1, 2, 2, 2, 2, 3, 3, 3, 3}
                                         << QList<int>{0, 0, 1, 2, 3, 3, 3, 3, 3, 4} << aug(2) << aug(7);
        // Unit 2 held after the deadline: the chart goes on to that day.
        QTest::newRow("past the deadline to the last held day")
            << QList<int>{0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3} << QList<int>{0, 0, 1, 2, 3, 3, 3, 3, 3, 4, 4, 4}
            << aug(2) << aug(12);
        // A pilot held before the period: the chart starts that day.
        QTest::newRow("held before the period")
            << QList<int>{1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3} << QList<int>{0, 0, 0, 1, 2, 3, 3, 3, 3, 3, 4}
            << QDate(2022, 7, 31) << aug(7);
    }
    void timelineOfASmallPlan()
    {
        QFETCH(QList<int>, held);
        QFETCH(QList<int>, scheduled);
        QFETCH(QDate, pilotHeld);
        QFETCH(QDate, secondHeld);
        const PlanTimeline timeline =
            PlanTimeline::of(smallPlan(), {unit(1, aug(3)), unit(2, secondHeld), unit(3), unit(4, pilotHeld)});
        QVERIFY(timeline.hasPlan());
        QCOMPARE(timeline.unitCount(), 4);
        QCOMPARE(timeline.deadline(), aug(10));
        QCOMPARE(timeline.days().size(), held.size());
        const QDate first = qMin(pilotHeld, aug(1));
        for (int i = 0; i < held.size(); ++i) {
            const TimelineDay &day = timeline.days().at(i);
            QCOMPARE(day.day, first.addDays(i));
            QVERIFY2(day.held == held.at(i) && day.scheduled == scheduled.at(i),
                     qPrintable(QStringLiteral("%1: held %2 (expected %3), scheduled %4 (expected %5)")
                                    .arg(day.day.toString(Qt::ISODate))
                                    .arg(day.held)
                                    .arg(held.at(i))
                                    .arg(day.scheduled)
                                    .arg(scheduled.at(i))));
        }
    }

    void timelineWithoutPlanShowsTheHeldOnly()
    {
        const PlanTimeline timeline = PlanTimeline::of(Plan(), {unit(1, aug(5)), unit(2, aug(3)), unit(3)});
        QVERIFY(!timeline.hasPlan());
        QCOMPARE(timeline.days().size(), 3);
        QCOMPARE(timeline.days().constFirst(), (TimelineDay{aug(3), 1, 0}));
        QCOMPARE(timeline.days().constLast(), (TimelineDay{aug(5), 2, 0}));
        QVERIFY(PlanTimeline::of(Plan(), {unit(1), unit(2)}).isEmpty());
    }

    void compositionAgainstTargets_data()
    {
        QTest::addColumn<int>("women");
        QTest::addColumn<int>("young");
        QTest::addColumn<bool>("womenReached");
        QTest::addColumn<bool>("youngReached");
        // 20 members: 15 % is 3 women, 10 % is 2 young.
        QTest::newRow("both exactly reached") << 3 << 2 << true << true;
        QTest::newRow("one short of each") << 2 << 1 << false << false;
        QTest::newRow("women over, young short") << 7 << 1 << true << false;
    }
    void compositionAgainstTargets()
    {
        QFETCH(int, women);
        QFETCH(int, young);
        QFETCH(bool, womenReached);
        QFETCH(bool, youngReached);
        CompositionFigures figures;
        figures.members = 20;
        figures.women = women;
        figures.young = young;
        figures.ethnicMinority = 1;
        figures.reelected = 12;
        const QList<CompositionBar> bars = CompositionBars::of(figures, 35, StructureTargets{15, 10});
        QCOMPARE(bars.size(), 5);
        QCOMPARE(bars.at(0).label, QStringLiteral("Nữ"));
        QCOMPARE(bars.at(0).hundredths, qint64(women) * 500);
        QCOMPARE(bars.at(0).targetPercent, 15);
        QCOMPARE(bars.at(0).meetsTarget(), womenReached);
        QCOMPARE(bars.at(1).label, QStringLiteral("Dưới 35 tuổi"));
        QCOMPARE(bars.at(1).targetPercent, 10);
        QCOMPARE(bars.at(1).meetsTarget(), youngReached);
        QCOMPARE(bars.at(2).label, QStringLiteral("Dân tộc thiểu số"));
        QCOMPARE(bars.at(2).hundredths, qint64(500));
        QVERIFY(!bars.at(2).hasTarget());
        QCOMPARE(bars.at(3).count, 12);
        QCOMPARE(bars.at(4).label, QStringLiteral("Lần đầu"));
        QCOMPARE(bars.at(4).count, 8);
        QCOMPARE(bars.at(4).hundredths, qint64(4000));
    }

    void structureTargetsAreRemembered()
    {
        AppSettings().clear();
        QCOMPARE(AppSettings().structureTargets(), (StructureTargets{15, 10}));
        AppSettings().setStructureTargets(StructureTargets{30, 20});
        QCOMPARE(AppSettings().structureTargets(), (StructureTargets{30, 20}));
        AppSettings().clear();
    }

    void demoDistrictHasOneBar()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        Unit district;
        Term term;
        QString error;
        QVERIFY(UnitRepository(test.connection()).byCode(QStringLiteral("BT-DDT"), &district, &error));
        QVERIFY(TermRepository(test.connection()).byYears(2020, 2025, &term, &error));
        QList<SubCommitteeProgress> rows;
        QVERIFY2(SubCommitteeProgressQuery(test.connection()).counts(district.id, term.id, QDate(2020, 6, 1), &rows, &error),
                 qPrintable(error));
        // Its six chi bộ hold no bar; the sub-committee of the front and unions holds five chi bộ, all held, each on
        // the day of its plan 12-KH/ĐU but the last, held on 11/5 the day after its date.
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).code, QStringLiteral("BT-DDT-MT"));
        QVERIFY(rows.at(0).hasPlan);
        QCOMPARE((QList<int>{rows.at(0).held, rows.at(0).scheduled, rows.at(0).overdue, rows.at(0).notScheduled}),
                 (QList<int>{5, 0, 0, 0}));
        // Held from 7/5 to 11/5/2020: on 8/5 two were held and three still to come; on 10/5 the last was due.
        QVERIFY(SubCommitteeProgressQuery(test.connection()).counts(district.id, term.id, QDate(2020, 5, 8), &rows, &error));
        QCOMPARE((QList<int>{rows.at(0).held, rows.at(0).scheduled, rows.at(0).overdue, rows.at(0).notScheduled}),
                 (QList<int>{2, 3, 0, 0}));
        QVERIFY(SubCommitteeProgressQuery(test.connection()).counts(district.id, term.id, QDate(2020, 5, 10), &rows, &error));
        QCOMPARE((QList<int>{rows.at(0).held, rows.at(0).scheduled, rows.at(0).overdue, rows.at(0).notScheduled}),
                 (QList<int>{4, 1, 0, 0}));
        // The same counts reach the chart's data.
        CommitteeChartData data;
        QVERIFY2(CommitteeChartData::load(test.connection(), district, term, QDate(2020, 6, 1), 40, StructureTargets(),
                                          &data, &error),
                 qPrintable(error));
        QCOMPARE(data.subCommittees.size(), 1);
        QCOMPARE(data.subCommittees.at(0).held, 5);
        QCOMPARE(data.composition.members, 23);
        QCOMPARE(data.compositionBars.at(0).count, 13);
    }

    void subCommitteesCountAgainstTheirOwnPlans_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QList<int>>("planned");   // held, scheduled, overdue, not scheduled
        QTest::addColumn<QList<int>>("unplanned"); // the same for the sub-committee without a plan
        // The planned sub-committee's units: held 7/5 … 11/5/2020, one new unit scheduled 1/6, one due by the
        // plan's deadline 20/5 with no date. The unplanned one: a unit not held.
        QTest::newRow("before any congress") << QDate(2020, 5, 1) << QList<int>{0, 7, 0, 0} << QList<int>{0, 0, 0, 1};
        QTest::newRow("on the deadline") << QDate(2020, 5, 20) << QList<int>{5, 2, 0, 0} << QList<int>{0, 0, 0, 1};
        QTest::newRow("the day after it") << QDate(2020, 5, 21) << QList<int>{5, 1, 1, 0} << QList<int>{0, 0, 0, 1};
        QTest::newRow("after the date") << QDate(2020, 6, 2) << QList<int>{5, 0, 2, 0} << QList<int>{0, 0, 0, 1};
    }
    void subCommitteesCountAgainstTheirOwnPlans()
    {
        QFETCH(QDate, on);
        QFETCH(QList<int>, planned);
        QFETCH(QList<int>, unplanned);
        TestDatabase test;
        QVERIFY(test.openDemo());
        QSqlDatabase db = test.connection();
        UnitRepository units(db);
        Unit district;
        Unit front;
        Term term;
        QString error;
        QVERIFY(units.byCode(QStringLiteral("BT-DDT"), &district, &error));
        QVERIFY(units.byCode(QStringLiteral("BT-DDT-MT"), &front, &error));
        QVERIFY(TermRepository(db).byYears(2020, 2025, &term, &error));
        const auto add = [&](const QString &code, qint64 parent, UnitLevel level, Unit *added) {
            added->code = code;
            added->name = QStringLiteral("Đơn vị %1").arg(code);
            added->parentId = parent;
            added->level = level;
            return units.add(added, &error);
        };
        Unit late, undated, other, otherBranch;
        QVERIFY2(add(QStringLiteral("BT-DDT-MT-06"), front.id, UnitLevel::Branch, &late), qPrintable(error));
        QVERIFY2(add(QStringLiteral("BT-DDT-MT-07"), front.id, UnitLevel::Branch, &undated), qPrintable(error));
        QVERIFY2(add(QStringLiteral("BT-DDT-X"), district.id, UnitLevel::SubCommittee, &other), qPrintable(error));
        QVERIFY2(add(QStringLiteral("BT-DDT-X-01"), other.id, UnitLevel::Branch, &otherBranch), qPrintable(error));
        Plan plan;
        plan.unitId = front.id;
        plan.termId = term.id;
        plan.number = QStringLiteral("12-KH/ĐU");
        plan.issuedOn = QDate(2020, 4, 1);
        plan.periodFrom = QDate(2020, 5, 1);
        plan.deadline = QDate(2020, 5, 20);
        plan.schedule = {line(late.id, QDate(2020, 6, 1))};
        QVERIFY2(PlanRepository(db).save(&plan, &error), qPrintable(error));

        QList<SubCommitteeProgress> rows;
        QVERIFY2(SubCommitteeProgressQuery(db).counts(district.id, term.id, on, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).code, QStringLiteral("BT-DDT-MT"));
        QVERIFY(rows.at(0).hasPlan);
        QCOMPARE((QList<int>{rows.at(0).held, rows.at(0).scheduled, rows.at(0).overdue, rows.at(0).notScheduled}),
                 planned);
        QCOMPARE(rows.at(1).code, QStringLiteral("BT-DDT-X"));
        QVERIFY(!rows.at(1).hasPlan);
        QCOMPARE((QList<int>{rows.at(1).held, rows.at(1).scheduled, rows.at(1).overdue, rows.at(1).notScheduled}),
                 unplanned);
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chart_data.moc"
