#include "PgTestServer.h"
#include "TestDatabase.h"
#include "domain/plans/PlanProgress.h"
#include "storage/OfficeUsers.h"
#include "storage/PlanRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

// Plans as stored (schema version 11) on the demo, on SQLite and, in the _pg run, on an office server where the
// committee's rights decide who reads and writes its plan.
using namespace daihoi;

namespace {

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

struct Committee
{
    Unit unit;
    Term term;
};

Committee committee(QSqlDatabase db, const char *code, int startYear, int endYear)
{
    Committee c;
    QString error;
    UnitRepository(db).byCode(QString::fromLatin1(code), &c.unit, &error);
    TermRepository(db).byYears(startYear, endYear, &c.term, &error);
    return c;
}

Plan storedPlan(QSqlDatabase db, const Committee &c)
{
    Plan plan;
    QString error;
    if (!PlanRepository(db).plan(c.unit.id, c.term.id, &plan, &error))
        qWarning("%s", qPrintable(error));
    return plan;
}

qint64 unitId(QSqlDatabase db, const char *code)
{
    Unit unit;
    QString error;
    UnitRepository(db).byCode(QString::fromLatin1(code), &unit, &error);
    return unit.id;
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT
private slots:
    void theDemoPlanComesBackAsWritten()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Plan plan = storedPlan(test.connection(), committee(test.connection(), "VH", 2022, 2025));
        QCOMPARE(plan.number, QStringLiteral("74-KH/ĐU"));
        QCOMPARE(plan.issuedOn, QDate(2022, 7, 12));
        QCOMPARE(plan.deadline, QDate(2022, 9, 15));
        QCOMPARE(plan.pilotDeadline, QDate(2022, 8, 25));
        QCOMPARE(plan.schedule.size(), 23);
        // In the units' order, with the pilots marked, times and members kept.
        const ScheduledCongress &first = plan.schedule.first();
        QCOMPARE(first.unitId, unitId(test.connection(), "VH-01"));
        QVERIFY(first.pilot);
        QCOMPARE(first.date, QDate(2022, 8, 20));
        QCOMPARE(first.time, QTime(19, 30));
        QCOMPARE(first.attending, QStringLiteral("Nguyễn Văn Hùng"));
        QVERIFY(!plan.schedule.at(2).pilot);
        const Plan bloc = storedPlan(test.connection(), committee(test.connection(), "BT-DDT", 2020, 2025));
        QCOMPARE(bloc.workItems.size(), 15);
        QCOMPARE(bloc.workItems.at(11).state, WorkItem::State::InProgress);
        QCOMPARE(bloc.workItems.at(2).doneOn, QDate(2020, 3, 30));
    }

    // One line changed is one row written: the history shows the change a clerk made, not a rewrite.
    void aSaveWritesOnlyWhatChanged()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Committee vh = committee(test.connection(), "VH", 2022, 2025);
        Plan plan = storedPlan(test.connection(), vh);
        const qint64 historyBefore = count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM change_history"));
        plan.schedule[4].place = QStringLiteral("Hội trường tổ dân phố số 3");
        plan.workItems.append({1, QStringLiteral("Chuẩn bị văn kiện"), QStringLiteral("Văn phòng"), QDate(2022, 8, 1),
                               WorkItem::State::NotStarted, QDate()});
        QString error;
        QVERIFY2(PlanRepository(test.connection()).save(&plan, &error), qPrintable(error));
        QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM change_history")), historyBefore + 2);
        QCOMPARE(storedPlan(test.connection(), vh), plan);
        // Saving it again unchanged writes nothing.
        QVERIFY2(PlanRepository(test.connection()).save(&plan, &error), qPrintable(error));
        QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM change_history")), historyBefore + 2);
    }

    void aRefusedPlanWritesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("deadline") << "deadline" << "The deadline 1/8/2022 is before the period's first day 15/8/2022.";
        QTest::newRow("a unit of another committee") << "foreign" << "The timetable names a unit that is not one of this committee's.";
        QTest::newRow("a control character") << "control" << "The place of Chi bộ Khu đô thị Việt Hưng 1 contains a control character.";
    }

    void aRefusedPlanWritesNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Committee vh = committee(test.connection(), "VH", 2022, 2025);
        const Plan before = storedPlan(test.connection(), vh);
        Plan plan = before;
        plan.schedule[1].place = QStringLiteral("changed too");
        if (what == QLatin1String("deadline"))
            plan.deadline = QDate(2022, 8, 1);
        else if (what == QLatin1String("foreign"))
            plan.schedule.append({unitId(test.connection(), "UBND-01"), QDate(2022, 9, 1), {}, {}, {}, false});
        else
            plan.schedule[0].place = QStringLiteral("Nhà văn hóa\u0000");
        QString error;
        QVERIFY(!PlanRepository(test.connection()).save(&plan, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(storedPlan(test.connection(), vh), before);
    }

    // The tree's query and the progress page's classification agree on every day of the season.
    void theTreesOverdueMarksMatchTheProgress()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        PlanRepository plans(test.connection());
        for (const char *code : {"UBND", "VH", "BT-DDT-MT"}) {
            const Committee c = committee(test.connection(), code, QByteArray(code) == "UBND" ? 2017 : QByteArray(code) == "VH" ? 2022 : 2020,
                                          QByteArray(code) == "UBND" ? 2020 : 2025);
            const Plan plan = storedPlan(test.connection(), c);
            QList<PlanUnit> units;
            QString error;
            QVERIFY2(plans.units(c.unit.id, c.term.id, &units, &error), qPrintable(error));
            QList<qint64> ids;
            for (const PlanUnit &unit : units)
                ids.append(unit.unitId);
            for (QDate on = plan.periodFrom.addDays(-3); on <= plan.deadline.addDays(30); on = on.addDays(1)) {
                QSet<qint64> marked;
                QVERIFY2(plans.overdue(c.term.id, on, ids, &marked, &error), qPrintable(error));
                QSet<qint64> expected;
                for (const PlanUnitStanding &line : PlanProgress::of(plan, units, on).units(PlanStanding::Overdue))
                    expected.insert(line.unit.unitId);
                QVERIFY2(marked == expected, qPrintable(QStringLiteral("%1 on %2").arg(QLatin1String(code), on.toString(Qt::ISODate))));
            }
        }
        QSet<qint64> marked;
        QString error;
        QVERIFY(plans.overdue(committee(test.connection(), "UBND", 2017, 2020).term.id, QDate(2017, 7, 10),
                              {unitId(test.connection(), "UBND-15")}, &marked, &error));
        QCOMPARE(marked, QSet<qint64>{unitId(test.connection(), "UBND-15")});
    }

    void thePreviousTermsPlanIsFound()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Committee vh = committee(test.connection(), "VH", 2022, 2025);
        Plan previous;
        QString error;
        QVERIFY2(PlanRepository(test.connection()).previousPlan(vh.unit.id, vh.term.id, &previous, &error),
                 qPrintable(error));
        QCOMPARE(previous.number, QStringLiteral("18-KH/ĐU"));
        QCOMPARE(previous.schedule.size(), 23);
        const Committee ubnd = committee(test.connection(), "UBND", 2017, 2020);
        QVERIFY(PlanRepository(test.connection()).previousPlan(ubnd.unit.id, ubnd.term.id, &previous, &error));
        QVERIFY(!previous.isValid());
    }

    void aPlanGoesWithItsLinesAndItems()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Committee bloc = committee(test.connection(), "BT-DDT", 2020, 2025);
        const Plan plan = storedPlan(test.connection(), bloc);
        QString error;
        QVERIFY2(PlanRepository(test.connection()).remove(plan.id, &error), qPrintable(error));
        QVERIFY(!storedPlan(test.connection(), bloc).isValid());
        QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM plan_schedule WHERE plan_id = %1").arg(plan.id)), 0);
        QCOMPARE(count(test.connection(), QStringLiteral("SELECT COUNT(*) FROM plan_work_items WHERE plan_id = %1").arg(plan.id)), 0);
        // A new plan for a term without one.
        Plan fresh;
        fresh.unitId = bloc.unit.id;
        fresh.termId = bloc.term.id;
        fresh.number = QStringLiteral("03-KH/ĐU");
        fresh.issuedOn = QDate(2020, 3, 1);
        fresh.schedule = {{unitId(test.connection(), "BT-DDT-02"), QDate(2020, 4, 19), QTime(8, 0), {}, {}, false}};
        QVERIFY2(PlanRepository(test.connection()).save(&fresh, &error), qPrintable(error));
        QVERIFY(fresh.id > 0);
        QCOMPARE(storedPlan(test.connection(), bloc), fresh);
    }

    // On an office server the committee's rights decide: its clerk writes the plan, a read-only login reads it
    // and is refused by name, a chi bộ's clerk sees none of it, through the program and through psql.
    void theServerKeepsTheCommitteesRights()
    {
        if (!TestDatabase::onServer())
            QSKIP("The office server's own behaviour: run in tst_plan_repository_pg");
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Committee vh = committee(test.connection(), "VH", 2022, 2025);
        const Plan stored = storedPlan(test.connection(), vh);
        PgTestServer server;
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const QString writer = QStringLiteral("plan_writer_") + suffix;
        const QString reader = QStringLiteral("plan_reader_") + suffix;
        const QString branch = QStringLiteral("plan_branch_") + suffix;
        QString error;
        OfficeUsers users(test.connection());
        for (const QString &login : {writer, reader, branch}) {
            server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), &error);
            QVERIFY2(users.addUser(login, QStringLiteral("mật-khẩu-%1").arg(login), false, &error), qPrintable(error));
        }
        QVERIFY2(users.grant(writer, QStringLiteral("VH"), false, &error), qPrintable(error));
        QVERIFY2(users.grant(reader, QStringLiteral("VH"), true, &error), qPrintable(error));
        QVERIFY2(users.grant(branch, QStringLiteral("VH-01"), false, &error), qPrintable(error));
        const auto connectAs = [&test](Database &db, const QString &login, QString *why) {
            qputenv("PGPASSWORD", QStringLiteral("mật-khẩu-%1").arg(login).toUtf8());
            QUrl url(test.path());
            url.setUserName(login);
            const bool ok = db.openServer(url.toString(), why);
            qunsetenv("PGPASSWORD");
            return ok;
        };
        Plan changed = stored;
        changed.schedule[3].attending = QStringLiteral("Lê Quang Minh");
        {
            Database readerDb;
            QVERIFY2(connectAs(readerDb, reader, &error), qPrintable(error));
            Plan seen = storedPlan(readerDb.connection(), vh);
            QCOMPARE(seen, stored);
            QVERIFY(!PlanRepository(readerDb.connection()).save(&changed, &error));
            QCOMPARE(error, QStringLiteral("The office server refused to save this committee's plan: your login "
                                           "may not change it."));
        }
        {
            Database branchDb;
            QVERIFY2(connectAs(branchDb, branch, &error), qPrintable(error));
            QVERIFY(!storedPlan(branchDb.connection(), vh).isValid());
        }
        int exitCode = 0;
        QCOMPARE(PgTestServer::psql(test.path(), branch, QStringLiteral("mật-khẩu-%1").arg(branch),
                                    QStringLiteral("UPDATE plan_schedule SET place = 'psql'"), &exitCode),
                 QStringLiteral("UPDATE 0"));
        QCOMPARE(PgTestServer::psql(test.path(), reader, QStringLiteral("mật-khẩu-%1").arg(reader),
                                    QStringLiteral("UPDATE plans SET number = 'x'"), &exitCode),
                 QStringLiteral("UPDATE 0"));
        QCOMPARE(storedPlan(test.connection(), vh), stored);
        {
            Database writerDb;
            QVERIFY2(connectAs(writerDb, writer, &error), qPrintable(error));
            QVERIFY2(PlanRepository(writerDb.connection()).save(&changed, &error), qPrintable(error));
        }
        QCOMPARE(storedPlan(test.connection(), vh), changed);
        QCOMPARE(PgTestServer::psql(test.path(), writer, QStringLiteral("mật-khẩu-%1").arg(writer),
                                    QStringLiteral("SELECT login FROM change_history WHERE table_name = 'plan_schedule'"
                                                   " ORDER BY id DESC LIMIT 1"),
                                    &exitCode),
                 writer);
        for (const QString &login : {writer, reader, branch})
            server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), &error);
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_plan_repository.moc"
