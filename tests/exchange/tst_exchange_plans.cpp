#include "ExchangeTestSupport.h"
#include "TestDatabase.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/PlanRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace daihoi;
using namespace daihoi::exchangetest;

using Mutation = std::function<void(const QString &folder)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QList<QStringList> records(const QString &folder, const QString &file)
{
    ExchangeManifest manifest;
    QString error;
    manifest.read(QDir(folder).filePath(ExchangeFormat::manifestName()), &error);
    CsvReader reader;
    QList<QStringList> list;
    if (!reader.open(QDir(folder).filePath(file), manifest.dialect, &error))
        return list;
    QStringList cells;
    while (reader.next(&cells) == CsvReader::Result::Record)
        list.append(cells);
    return list;
}

// A plan as a clerk reads it: its header, its timetable by unit code, its work items; no ids.
QString describe(QSqlDatabase db, const Plan &plan)
{
    if (!plan.isValid())
        return QStringLiteral("no plan");
    QHash<qint64, QString> codes;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id, code FROM units"));
    while (query.next())
        codes.insert(query.value(0).toLongLong(), query.value(1).toString());
    QStringList lines{QStringList{codes.value(plan.unitId), plan.number, plan.issuedOn.toString(Qt::ISODate),
                                  plan.subject, plan.periodFrom.toString(Qt::ISODate),
                                  plan.deadline.toString(Qt::ISODate), plan.pilotDeadline.toString(Qt::ISODate)}
                          .join(QLatin1Char('|'))};
    for (const ScheduledCongress &line : plan.schedule)
        lines.append(QStringList{codes.value(line.unitId), line.date.toString(Qt::ISODate),
                                 line.time.toString(QStringLiteral("HH:mm")), line.place, line.attending,
                                 line.pilot ? QStringLiteral("pilot") : QString()}
                         .join(QLatin1Char('|')));
    for (const WorkItem &item : plan.workItems)
        lines.append(QStringList{QString::number(item.number), item.title, item.responsible,
                                 item.deadline.toString(Qt::ISODate), WorkItem::stateKey(item.state),
                                 item.doneOn.toString(Qt::ISODate)}
                         .join(QLatin1Char('|')));
    return lines.join(QLatin1Char('\n'));
}

Plan planOf(QSqlDatabase db, const QString &code, int start, int end)
{
    Unit unit;
    Term term;
    Plan plan;
    QString error;
    if (UnitRepository(db).byCode(code, &unit, &error) && TermRepository(db).byYears(start, end, &term, &error))
        PlanRepository(db).plan(unit.id, term.id, &plan, &error);
    return plan;
}

} // namespace

// Committees' plans, their timetables and work items travel in plans.csv, plan_schedule.csv and
// plan_work_items.csv (format version 2); a version 1 export, without them, still imports.
class TestExchangePlans : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_pristine; // the demo's BT-DDT, 2020–2025: two plans, a sub-committee, fifteen work items
    // Shared by the refusals: each leaves them as they were, which each row checks.
    TestDatabase m_empty;
    TestDatabase m_demo;

    QString folder() { return m_dir.filePath(QStringLiteral("export-%1").arg(++m_count)); }
    static bool exportTo(QSqlDatabase db, const QString &code, int start, int end, const QString &folder,
                         const CsvDialect &dialect, const QDateTime &created = QDateTime())
    {
        ExportOptions options;
        options.dialect = dialect;
        options.created = created;
        QString error;
        const bool ok = Exporter(db).run(code, start, end, folder, options, nullptr, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }
    static QStringList importFrom(QSqlDatabase db, const QStringList &folders, ImportResult *result = nullptr)
    {
        ImportResult local;
        QStringList errors;
        Importer(db).run(folders, ImportOptions(), nullptr, result ? result : &local, &errors);
        return errors;
    }
    static void compareFolders(const QString &a, const QString &b)
    {
        for (const QString &name : dataFiles())
            QVERIFY2(readAll(QDir(a).filePath(name)) == readAll(QDir(b).filePath(name)), qPrintable(name));
    }
    QString copyOf(const QString &source)
    {
        const QString target = m_dir.filePath(QStringLiteral("copy-%1").arg(++m_count));
        QDir().mkpath(target);
        for (const QString &name : QDir(source).entryList(QDir::Files))
            QFile::copy(QDir(source).filePath(name), QDir(target).filePath(name));
        return target;
    }
    static QString versionOneExport()
    {
        return QStringLiteral(DAIHOI_TEST_DATA "/exchange/version-1/UBND_2017-2020");
    }

private slots:
    void initTestCase()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        m_pristine = m_dir.filePath(QStringLiteral("pristine"));
        QVERIFY(exportTo(demo.connection(), QStringLiteral("BT-DDT"), 2020, 2025, m_pristine, CsvDialect::data()));
        QVERIFY(m_empty.open());
        QVERIFY(m_demo.openDemo());
    }

    void roundTripIncludesPlans_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QStringList>("committees");
        QTest::addColumn<int>("scheduled");
        QTest::addColumn<int>("items");
        QTest::newRow("VH, excel ;") << "excel" << ";" << "VH" << 2022 << 2025 << QStringList{QStringLiteral("VH")} << 23 << 0;
        QTest::newRow("UBND, excel ,") << "excel" << "," << "UBND" << 2017 << 2020 << QStringList{QStringLiteral("UBND")} << 15 << 0;
        QTest::newRow("BT-DDT, data") << "data" << "," << "BT-DDT" << 2020 << 2025
                                      << QStringList{QStringLiteral("BT-DDT"), QStringLiteral("BT-DDT-MT")} << 12 << 15;
    }
    // Export, import into a new database, export again: the same bytes, plans included.
    void roundTripIncludesPlans()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, separator);
        QFETCH(QString, unit);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QStringList, committees);
        QFETCH(int, scheduled);
        QFETCH(int, items);
        CsvDialect d;
        QVERIFY(CsvDialect::fromKey(dialect, separator.at(0), &d));
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QString first = folder();
        QVERIFY(exportTo(demo.connection(), unit, start, end, first, d));
        ExchangeManifest manifest;
        QString error;
        QVERIFY2(manifest.read(QDir(first).filePath(ExchangeFormat::manifestName()), &error), qPrintable(error));
        QCOMPARE(manifest.formatVersion, 2);
        QCOMPARE(manifest.files.value(QStringLiteral("plans.csv")).rows, qint64(committees.size()));
        QCOMPARE(manifest.files.value(QStringLiteral("plan_schedule.csv")).rows, qint64(scheduled));
        QCOMPARE(manifest.files.value(QStringLiteral("plan_work_items.csv")).rows, qint64(items));
        const QList<QStringList> plans = records(first, QStringLiteral("plans.csv"));
        QCOMPARE(plans.first(), ExchangeFormat::columns(ExchangeFormat::Plans));
        for (int i = 0; i < committees.size(); ++i)
            QCOMPARE(plans.at(i + 1).first(), committees.at(i));

        TestDatabase empty;
        QVERIFY(empty.open());
        ImportResult result;
        const QStringList errors = importFrom(empty.connection(), {first}, &result);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(result.lines.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("%1 plan(s) imported").arg(committees.size())),
                 qPrintable(result.lines.join(QLatin1Char('\n'))));
        for (const QString &committee : std::as_const(committees)) {
            const Plan original = planOf(demo.connection(), committee, start, end);
            QVERIFY(original.isValid());
            QCOMPARE(describe(empty.connection(), planOf(empty.connection(), committee, start, end)),
                     describe(demo.connection(), original));
        }
        const QString second = folder();
        QVERIFY(exportTo(empty.connection(), unit, start, end, second, d));
        compareFolders(first, second);
        QVERIFY(readAll(QDir(second).filePath(QStringLiteral("plan_schedule.csv"))).count('\n') == scheduled + 1);
    }

    // Only the plans of committees inside the export travel: the plan of the committee above stays home.
    void planAboveTheExportIsNotExported()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QString branch = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("VH-01"), 2022, 2025, branch, CsvDialect::data()));
        QCOMPARE(records(branch, QStringLiteral("plans.csv")).size(), 1);
        QCOMPARE(records(branch, QStringLiteral("plan_schedule.csv")).size(), 1);

        const QString sub = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("BT-DDT-MT"), 2020, 2025, sub, CsvDialect::data()));
        const QList<QStringList> plans = records(sub, QStringLiteral("plans.csv"));
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans.at(1).at(0), QStringLiteral("BT-DDT-MT"));
        QCOMPARE(plans.at(1).at(1), QStringLiteral("12-KH/ĐU"));
        const QList<QStringList> lines = records(sub, QStringLiteral("plan_schedule.csv"));
        QCOMPARE(lines.size(), 6);
        for (int i = 1; i < lines.size(); ++i)
            QCOMPARE(lines.at(i).at(0), QStringLiteral("BT-DDT-MT"));
        QCOMPARE(records(sub, QStringLiteral("plan_work_items.csv")).size(), 1); // BT-DDT's 15 items stay home

        TestDatabase empty;
        QVERIFY(empty.open());
        const QStringList errors = importFrom(empty.connection(), {sub});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(describe(empty.connection(), planOf(empty.connection(), QStringLiteral("BT-DDT-MT"), 2020, 2025)),
                 describe(demo.connection(), planOf(demo.connection(), QStringLiteral("BT-DDT-MT"), 2020, 2025)));
    }

    // An export written by the program before plans travelled (format version 1, ten files) still imports,
    // gives back the same ten files, and leaves the plans already in the database alone.
    void versionOneExportImports()
    {
        const QString old = versionOneExport();
        ExchangeManifest manifest;
        QString error;
        QVERIFY2(manifest.read(QDir(old).filePath(ExchangeFormat::manifestName()), &error), qPrintable(error));
        QCOMPARE(manifest.formatVersion, 1);
        QVERIFY(!QFile::exists(QDir(old).filePath(QStringLiteral("plans.csv"))));

        TestDatabase empty;
        QVERIFY(empty.open());
        ImportResult result;
        QStringList errors = importFrom(empty.connection(), {old}, &result);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.written, 1);
        const QString again = folder();
        QVERIFY(exportTo(empty.connection(), QStringLiteral("UBND"), 2017, 2020, again, manifest.dialect));
        for (ExchangeFormat::File file : ExchangeFormat::files(1)) {
            const QString name = ExchangeFormat::fileName(file);
            QVERIFY2(readAll(QDir(old).filePath(name)) == readAll(QDir(again).filePath(name)), qPrintable(name));
        }
        QCOMPARE(records(again, QStringLiteral("plans.csv")).size(), 1);
        QVERIFY(!planOf(empty.connection(), QStringLiteral("UBND"), 2017, 2020).isValid());

        // Into the demo, which holds UBND's plan 25-KH/ĐU: the congresses are replaced, the plan stays.
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QString before = describe(demo.connection(), planOf(demo.connection(), QStringLiteral("UBND"), 2017, 2020));
        QVERIFY(before.startsWith(QStringLiteral("UBND|25-KH/ĐU|2017-05-26")));
        errors = importFrom(demo.connection(), {old});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(describe(demo.connection(), planOf(demo.connection(), QStringLiteral("UBND"), 2017, 2020)), before);
    }

    // A newer export replaces the plans of its committees as it replaces their congresses.
    void newerExportReplacesPlans()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QDateTime t0(QDate(2025, 9, 1), QTime(8, 0), QTimeZone::utc());
        const QString first = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("VH"), 2022, 2025, first, CsvDialect::excel(), t0));
        TestDatabase target;
        QVERIFY(target.open());
        QStringList errors = importFrom(target.connection(), {first});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        // The committee moves a congress, drops a line and adds a work item, then sends again.
        Plan plan = planOf(demo.connection(), QStringLiteral("VH"), 2022, 2025);
        QVERIFY(plan.schedule.size() > 4);
        plan.schedule[2].date = QDate(2022, 9, 2);
        plan.schedule[2].attending = QStringLiteral("Đỗ Thị Mai");
        plan.schedule.removeAt(3);
        WorkItem item;
        item.number = 1;
        item.title = QStringLiteral("Hướng dẫn các chi bộ chuẩn bị văn kiện");
        item.responsible = QStringLiteral("Văn phòng Đảng ủy");
        item.deadline = QDate(2022, 8, 1);
        item.state = WorkItem::State::Done;
        item.doneOn = QDate(2022, 7, 28);
        plan.workItems.append(item);
        QString error;
        QVERIFY2(PlanRepository(demo.connection()).save(&plan, &error), qPrintable(error));
        const QString second = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("VH"), 2022, 2025, second, CsvDialect::excel(),
                         t0.addSecs(3600)));
        errors = importFrom(target.connection(), {second});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(describe(target.connection(), planOf(target.connection(), QStringLiteral("VH"), 2022, 2025)),
                 describe(demo.connection(), planOf(demo.connection(), QStringLiteral("VH"), 2022, 2025)));
        const QString back = folder();
        QVERIFY(exportTo(target.connection(), QStringLiteral("VH"), 2022, 2025, back, CsvDialect::excel()));
        compareFolders(second, back);

        // The plan withdrawn: the next export has none, and neither has the committee above after importing it.
        QVERIFY2(PlanRepository(demo.connection()).remove(plan.id, &error), qPrintable(error));
        const QString third = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("VH"), 2022, 2025, third, CsvDialect::excel(),
                         t0.addSecs(7200)));
        errors = importFrom(target.connection(), {third});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(!planOf(target.connection(), QStringLiteral("VH"), 2022, 2025).isValid());
        QSqlQuery query(target.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM plan_schedule) + "
                                          "(SELECT COUNT(*) FROM plan_work_items)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void refused_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("expected");
        auto cell = [](const char *file, int line, const char *column, const char *value) -> Mutation {
            return [=](const QString &f) {
                setCell(f, QLatin1String(file), line, QLatin1String(column), QString::fromUtf8(value));
                rehash(f);
            };
        };
        // plan_schedule.csv: lines 2–8 are BT-DDT's plan (BT-DDT-01 … 06, BT-DDT-MT), 9–13 BT-DDT-MT's.
        QTest::newRow("unit of another committee")
            << cell("plan_schedule.csv", 2, "unit_code", "BT-DDT-MT-01")
            << "plan_schedule.csv, line 2, column unit_code (BT-DDT-MT-01): not a unit directly under BT-DDT, "
               "whose plan this is";
        QTest::newRow("the committee itself")
            << cell("plan_schedule.csv", 9, "unit_code", "BT-DDT-MT")
            << "plan_schedule.csv, line 9, column unit_code (BT-DDT-MT): not a unit directly under BT-DDT-MT, "
               "whose plan this is";
        QTest::newRow("unknown unit") << cell("plan_schedule.csv", 4, "unit_code", "NOWHERE")
                                      << "plan_schedule.csv, line 4, column unit_code (NOWHERE): not a unit of "
                                         "units.csv";
        QTest::newRow("unit twice") << cell("plan_schedule.csv", 3, "unit_code", "BT-DDT-01")
                                    << "plan_schedule.csv, line 3, column unit_code (BT-DDT-01): repeats the key "
                                       "of line 2";
        QTest::newRow("bad date") << cell("plan_schedule.csv", 4, "date", "2020-02-30")
                                  << "plan_schedule.csv, line 4, column date (2020-02-30): not a date written as "
                                     "YYYY-MM-DD";
        QTest::newRow("bad time") << cell("plan_schedule.csv", 4, "time", "8h")
                                  << "plan_schedule.csv, line 4, column time (8h): not a time written as HH:MM "
                                     "(24 hours)";
        QTest::newRow("bad pilot flag") << cell("plan_schedule.csv", 5, "pilot", "yes")
                                        << "plan_schedule.csv, line 5, column pilot (yes): not 0 or 1";
        QTest::newRow("control character in place")
            << cell("plan_schedule.csv", 6, "place", "Hội trường\tB")
            << "plan_schedule.csv, line 6, column place (Hội trường\tB): The place of Chi bộ Ban Dân vận Quận "
               "ủy contains a control character.";
        QTest::newRow("bad state") << cell("plan_work_items.csv", 5, "state", "finished")
                                   << "plan_work_items.csv, line 5, column state (finished): not one of "
                                      "not-started, in-progress, done";
        QTest::newRow("done without its day")
            << cell("plan_work_items.csv", 13, "state", "done")
            << "plan_work_items.csv, line 13, column done_on (): Work item 12 is done but the day it was done is "
               "empty.";
        QTest::newRow("day done but open")
            << cell("plan_work_items.csv", 13, "done_on", "2020-06-01")
            << "plan_work_items.csv, line 13, column done_on (2020-06-01): Work item 12 has a day done but is not "
               "marked done.";
        QTest::newRow("item without title") << cell("plan_work_items.csv", 2, "title", "")
                                            << "plan_work_items.csv, line 2, column title (): Work item 1 has no "
                                               "title.";
        QTest::newRow("item number twice") << cell("plan_work_items.csv", 3, "number", "1")
                                           << "plan_work_items.csv, line 3, column number (1): repeats the key of "
                                              "line 2";
        QTest::newRow("item number zero") << cell("plan_work_items.csv", 3, "number", "0")
                                          << "plan_work_items.csv, line 3, column number (0): outside the allowed "
                                             "range 1 to 10000000";
        QTest::newRow("items of a unit without a plan")
            << cell("plan_work_items.csv", 16, "plan_unit_code", "BT-DDT-01")
            << "plan_work_items.csv, line 16, column plan_unit_code (BT-DDT-01): the unit has no row in plans.csv";
        QTest::newRow("deadline before the period")
            << cell("plans.csv", 2, "deadline", "2020-03-01")
            << "plans.csv, line 2, column deadline (2020-03-01): The deadline 1/3/2020 is before the period's "
               "first day 1/4/2020.";
        QTest::newRow("plan without number") << cell("plans.csv", 3, "number", "")
                                             << "plans.csv, line 3, column number (): The plan's number is empty, "
                                                "e.g. 74-KH/ĐU.";
        QTest::newRow("plan of an unknown unit") << cell("plans.csv", 3, "unit_code", "NOWHERE")
                                                 << "plans.csv, line 3, column unit_code (NOWHERE): not a unit of "
                                                    "units.csv";
        QTest::newRow("plan twice") << cell("plans.csv", 3, "unit_code", "BT-DDT")
                                    << "plans.csv, line 3, column unit_code (BT-DDT): repeats the key of line 2";
        QTest::newRow("newer format")
            << Mutation([](const QString &f) {
                   const QString path = QDir(f).filePath(ExchangeFormat::manifestName());
                   writeAll(path, readAll(path).replace("\"format_version\": 2", "\"format_version\": 3"));
               })
            << "manifest.json: format version 3 is not supported; this program reads versions 1 to 2.";
        QTest::newRow("version 2 without its plan files")
            << Mutation([](const QString &f) {
                   ExchangeManifest manifest;
                   QString error;
                   QVERIFY(manifest.read(QDir(f).filePath(ExchangeFormat::manifestName()), &error));
                   manifest.files.remove(QStringLiteral("plan_work_items.csv"));
                   QVERIFY(manifest.write(QDir(f).filePath(ExchangeFormat::manifestName()), &error));
               })
            << "manifest.json: the file plan_work_items.csv is not listed.";
        QTest::newRow("plan file edited")
            << Mutation([](const QString &f) {
                   setCell(f, QStringLiteral("plan_schedule.csv"), 2, QStringLiteral("place"), QStringLiteral("Khác"));
               })
            << "plan_schedule.csv: its SHA-256 does not match the manifest";
    }
    // Each refusal names file, line, column and the value as written, and the database stays as it was.
    void refused()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, expected);
        const QString folder = copyOf(m_pristine);
        mutate(folder);
        if (QTest::currentTestFailed())
            return;
        for (TestDatabase *db : {&m_empty, &m_demo}) {
            const QString before = dump(db->connection());
            const QStringList errors = importFrom(db->connection(), {folder});
            const QString all = errors.join(QLatin1Char('\n'));
            QVERIFY2(all.contains(expected), qPrintable(all));
            QCOMPARE(dump(db->connection()), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestExchangePlans)
#include "tst_exchange_plans.moc"
