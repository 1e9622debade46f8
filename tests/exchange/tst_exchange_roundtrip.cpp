#include "ExchangeTestSupport.h"
#include "TestDatabase.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::exchangetest;

// Export, import and export again; re-import, replacement, consolidation and cancel.
class TestExchangeRoundTrip : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString folder()
    {
        return m_dir.filePath(QStringLiteral("export-%1").arg(++m_count));
    }
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
    static bool importFrom(QSqlDatabase db, const QStringList &folders, const QString &attachUnder = QString(),
                           ImportResult *result = nullptr, QStringList *errorsOut = nullptr)
    {
        ImportOptions options;
        options.attachUnder = attachUnder;
        ImportResult local;
        QStringList errors;
        const bool ok = Importer(db).run(folders, options, nullptr, result ? result : &local, &errors);
        if (!ok && !errorsOut)
            qWarning() << errors;
        if (errorsOut)
            *errorsOut = errors;
        return ok;
    }
    static void compareFolders(const QString &a, const QString &b)
    {
        for (const QString &name : dataFiles())
            QVERIFY2(readAll(QDir(a).filePath(name)) == readAll(QDir(b).filePath(name)), qPrintable(name));
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("excel ; VH") << "excel" << ";" << "VH" << 2022 << 2025;
        QTest::newRow("excel , UBND") << "excel" << "," << "UBND" << 2017 << 2020;
        QTest::newRow("data VH 2020") << "data" << "," << "VH" << 2020 << 2022;
        QTest::newRow("data BT-DDT") << "data" << "," << "BT-DDT" << 2020 << 2025;
    }
    void roundTrip()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, separator);
        QFETCH(QString, unit);
        QFETCH(int, start);
        QFETCH(int, end);
        CsvDialect d;
        QVERIFY(CsvDialect::fromKey(dialect, separator.at(0), &d));
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QString first = folder();
        QVERIFY(exportTo(demo.connection(), unit, start, end, first, d));
        QVERIFY(readAll(QDir(first).filePath(QStringLiteral("congresses.csv"))).count('\n') > 1);
        QCOMPARE(readAll(QDir(first).filePath(QStringLiteral("units.csv"))).startsWith("\xEF\xBB\xBF"),
                 d.isExcel());

        TestDatabase empty;
        QVERIFY(empty.open());
        QVERIFY(importFrom(empty.connection(), {first}));
        const QString second = folder();
        QVERIFY(exportTo(empty.connection(), unit, start, end, second, d));
        compareFolders(first, second);

        // Progress and composition computed over the imported data equal the original's.
        Unit a, b;
        Term ta, tb;
        QString error;
        QVERIFY(UnitRepository(demo.connection()).byCode(unit, &a, &error));
        QVERIFY(UnitRepository(empty.connection()).byCode(unit, &b, &error));
        QVERIFY(TermRepository(demo.connection()).byYears(start, end, &ta, &error));
        QVERIFY(TermRepository(empty.connection()).byYears(start, end, &tb, &error));
        Progress pa, pb;
        QVERIFY(CongressRepository(demo.connection()).progress(a.id, ta.id, &pa, &error));
        QVERIFY(CongressRepository(empty.connection()).progress(b.id, tb.id, &pb, &error));
        QCOMPARE(pb.headline(), pa.headline());
        QCOMPARE(pb.dateSpan(), pa.dateSpan());
        CompositionFigures ca, cb;
        QVERIFY(CommitteeRepository(demo.connection()).composition(a.id, ta.id, 40, &ca, &error));
        QVERIFY(CommitteeRepository(empty.connection()).composition(b.id, tb.id, 40, &cb, &error));
        QCOMPARE(describe(cb), describe(ca));
    }

    // A gender or ethnicity not recorded yet travels as an empty cell and comes back unknown.
    void unknownDetailsTravelAsEmptyCells()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        Unit unit;
        Term term;
        Congress congress;
        QString error;
        QVERIFY(UnitRepository(demo.connection()).byCode(QStringLiteral("VH-05"), &unit, &error));
        QVERIFY(TermRepository(demo.connection()).byYears(2022, 2025, &term, &error));
        QVERIFY(CongressRepository(demo.connection()).find(unit.id, term.id, &congress, &error));
        CommitteeRepository committees(demo.connection());
        QList<CommitteeMember> members;
        QVERIFY(committees.members(congress.id, &members, &error));
        QVERIFY(members.size() == 3);
        Person &person = members.last().person;
        person.gender = Gender::Unknown;
        person.ethnicity.clear();
        const QString name = person.fullName;
        QVERIFY2(committees.replace(congress.id, &members, &error), qPrintable(error));

        const QString first = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("VH"), 2022, 2025, first, CsvDialect::data()));
        const QString csv = QString::fromUtf8(readAll(QDir(first).filePath(QStringLiteral("committee_members.csv"))));
        QVERIFY2(csv.contains(QStringLiteral("VH-05,3,member,%1,,").arg(name)), qPrintable(csv.left(600)));

        TestDatabase empty;
        QVERIFY(empty.open());
        QVERIFY(importFrom(empty.connection(), {first}));
        Unit imported;
        Term importedTerm;
        Congress importedCongress;
        QVERIFY(UnitRepository(empty.connection()).byCode(QStringLiteral("VH-05"), &imported, &error));
        QVERIFY(TermRepository(empty.connection()).byYears(2022, 2025, &importedTerm, &error));
        QVERIFY(CongressRepository(empty.connection()).find(imported.id, importedTerm.id, &importedCongress, &error));
        QList<CommitteeMember> back;
        QVERIFY(CommitteeRepository(empty.connection()).members(importedCongress.id, &back, &error));
        QCOMPARE(back.size(), 3);
        QCOMPARE(back.last().person.fullName, name);
        QCOMPARE(back.last().person.gender, Gender::Unknown);
        QVERIFY(back.last().person.ethnicity.isEmpty());
        const QString second = folder();
        QVERIFY(exportTo(empty.connection(), QStringLiteral("VH"), 2022, 2025, second, CsvDialect::data()));
        compareFolders(first, second);
        Unit vh;
        CompositionFigures figures;
        QVERIFY(UnitRepository(empty.connection()).byCode(QStringLiteral("VH"), &vh, &error));
        QVERIFY(CommitteeRepository(empty.connection()).composition(vh.id, importedTerm.id, 40, &figures, &error));
        QCOMPARE(figures.genderUnknown, 1);
        QCOMPARE(figures.ethnicityUnknown, 1);
    }

    void reimportChangesNothing()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QString out = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("VH"), 2022, 2025, out, CsvDialect::excel()));
        TestDatabase target;
        QVERIFY(target.open());
        QVERIFY(importFrom(target.connection(), {out}));
        const QString before = dump(target.connection());
        ImportResult result;
        QVERIFY(importFrom(target.connection(), {out + QStringLiteral("/manifest.json")}, QString(), &result));
        QCOMPARE(result.unchanged, 1);
        QCOMPARE(result.written, 0);
        QCOMPARE(dump(target.connection()), before);
    }

    void newerExportReplacesOlder()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QDateTime t0(QDate(2025, 9, 1), QTime(8, 0), QTimeZone::utc());
        const QString older = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("UBND"), 2017, 2020, older, CsvDialect::data(), t0));
        // The clerk corrects a congress and sends the file again.
        Unit unit;
        Term term;
        QString error;
        QVERIFY(UnitRepository(demo.connection()).byCode(QStringLiteral("UBND-15"), &unit, &error));
        QVERIFY(TermRepository(demo.connection()).byYears(2017, 2020, &term, &error));
        Congress congress;
        CongressRepository congresses(demo.connection());
        QVERIFY(congresses.find(unit.id, term.id, &congress, &error));
        congress.status = Congress::Status::Held;
        congress.heldFrom = QDate(2017, 7, 6);
        congress.heldTo = congress.heldFrom;
        QVERIFY2(congresses.save(&congress, &error), qPrintable(error));
        const QString newer = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("UBND"), 2017, 2020, newer, CsvDialect::data(),
                         t0.addSecs(3600)));

        TestDatabase target;
        QVERIFY(target.open());
        QVERIFY(importFrom(target.connection(), {older}));
        Unit top;
        Term t;
        QVERIFY(UnitRepository(target.connection()).byCode(QStringLiteral("UBND"), &top, &error));
        QVERIFY(TermRepository(target.connection()).byYears(2017, 2020, &t, &error));
        Progress progress;
        QVERIFY(CongressRepository(target.connection()).progress(top.id, t.id, &progress, &error));
        QCOMPARE(progress.heldCount, 14);
        QVERIFY(importFrom(target.connection(), {newer}));
        QVERIFY(CongressRepository(target.connection()).progress(top.id, t.id, &progress, &error));
        QCOMPARE(progress.heldCount, 15);
        // No row of the older export is left behind: the database equals a fresh import of the newer one.
        TestDatabase fresh;
        QVERIFY(fresh.open());
        QVERIFY(importFrom(fresh.connection(), {newer}));
        const QString again = folder();
        const QString direct = folder();
        QVERIFY(exportTo(target.connection(), QStringLiteral("UBND"), 2017, 2020, again, CsvDialect::data()));
        QVERIFY(exportTo(fresh.connection(), QStringLiteral("UBND"), 2017, 2020, direct, CsvDialect::data()));
        compareFolders(again, direct);
        QSqlQuery people(target.connection());
        QVERIFY(people.exec(QStringLiteral("SELECT COUNT(*) FROM people WHERE id NOT IN "
                                           "(SELECT person_id FROM committee_members)")));
        QVERIFY(people.next());
        QCOMPARE(people.value(0).toInt(), 0);

        // The older one cannot come back over the newer one.
        const QString before = dump(target.connection());
        QStringList errors;
        QVERIFY(!importFrom(target.connection(), {older}, QString(), nullptr, &errors));
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("cannot replace")), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(dump(target.connection()), before);

        // Both given at once, in any order: the newer wins.
        TestDatabase both;
        QVERIFY(both.open());
        QVERIFY(importFrom(both.connection(), {newer, older}));
        const QString fromBoth = folder();
        QVERIFY(exportTo(both.connection(), QStringLiteral("UBND"), 2017, 2020, fromBoth, CsvDialect::data()));
        compareFolders(fromBoth, direct);
    }

    void consolidation()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QString vh = folder();
        const QString ubnd = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("VH"), 2022, 2025, vh, CsvDialect::excel()));
        QVERIFY(exportTo(demo.connection(), QStringLiteral("UBND"), 2017, 2020, ubnd, CsvDialect::excel()));
        const QString vh2020 = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("VH"), 2020, 2022, vh2020, CsvDialect::excel()));

        TestDatabase district;
        QVERIFY(district.open());
        QString error;
        Unit committee;
        committee.code = QStringLiteral("QLB");
        committee.name = QStringLiteral("Đảng bộ quận Long Biên");
        committee.level = UnitLevel::CommitteeAboveGrassroots;
        QVERIFY(UnitRepository(district.connection()).add(&committee, &error));
        // Not in the database and no place given: refused, nothing written.
        const QString before = dump(district.connection());
        QStringList errors;
        QVERIFY(!importFrom(district.connection(), {vh}, QString(), nullptr, &errors));
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("attach")), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(dump(district.connection()), before);

        QVERIFY(importFrom(district.connection(), {vh, ubnd, vh2020}, QStringLiteral("QLB")));
        Unit vhUnit, ubndUnit;
        QVERIFY(UnitRepository(district.connection()).byCode(QStringLiteral("VH"), &vhUnit, &error));
        QVERIFY(UnitRepository(district.connection()).byCode(QStringLiteral("UBND"), &ubndUnit, &error));
        QCOMPARE(vhUnit.parentId, committee.id);
        QCOMPARE(ubndUnit.parentId, committee.id);

        // The committee sees the same figures over its units as each unit did over its own.
        struct Case { QString code; int start; int end; };
        for (const Case &c : {Case{QStringLiteral("VH"), 2022, 2025}, Case{QStringLiteral("UBND"), 2017, 2020},
                              Case{QStringLiteral("VH"), 2020, 2022}}) {
            Unit a, b;
            Term ta, tb;
            QVERIFY(UnitRepository(demo.connection()).byCode(c.code, &a, &error));
            QVERIFY(UnitRepository(district.connection()).byCode(c.code, &b, &error));
            QVERIFY(TermRepository(demo.connection()).byYears(c.start, c.end, &ta, &error));
            QVERIFY(TermRepository(district.connection()).byYears(c.start, c.end, &tb, &error));
            Progress pa, pb;
            QVERIFY(CongressRepository(demo.connection()).progress(a.id, ta.id, &pa, &error));
            QVERIFY(CongressRepository(district.connection()).progress(b.id, tb.id, &pb, &error));
            QCOMPARE(pb.headline(), pa.headline());
            CompositionFigures ca, cb;
            QVERIFY(CommitteeRepository(demo.connection()).composition(a.id, ta.id, 40, &ca, &error));
            QVERIFY(CommitteeRepository(district.connection()).composition(b.id, tb.id, 40, &cb, &error));
            QCOMPARE(describe(cb), describe(ca));
        }
        Progress progress;
        Term t2022;
        QVERIFY(TermRepository(district.connection()).byYears(2022, 2025, &t2022, &error));
        QVERIFY(CongressRepository(district.connection()).progress(committee.id, t2022.id, &progress, &error));
        QCOMPARE(progress.unitCount, 2);

        // And the committee exports its own upwards, with everything below it.
        const QString up = folder();
        QVERIFY(exportTo(district.connection(), QStringLiteral("QLB"), 2022, 2025, up, CsvDialect::excel()));
        ExchangeManifest manifest;
        QVERIFY(manifest.read(QDir(up).filePath(QStringLiteral("manifest.json")), &error));
        ExchangeManifest vhManifest;
        QVERIFY(vhManifest.read(QDir(vh).filePath(QStringLiteral("manifest.json")), &error));
        QCOMPARE(manifest.files.value(QStringLiteral("congresses.csv")).rows,
                 vhManifest.files.value(QStringLiteral("congresses.csv")).rows);
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\";\"y\")")
                                   << QByteArray("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
        QTest::newRow("minus") << QStringLiteral("-5") << QByteArray(";'-5;");
        QTest::newRow("plus") << QStringLiteral("+84 123") << QByteArray(";'+84 123;");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray(";'@SUM(A1);");
        QTest::newRow("apostrophe") << QStringLiteral("'quoted") << QByteArray(";''quoted;");
    }
    void formulaGuard()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, written);
        TestDatabase db;
        QVERIFY(db.open());
        QString error;
        Unit unit;
        unit.code = QStringLiteral("X1");
        unit.name = name;
        unit.level = UnitLevel::GrassrootsBranch;
        QVERIFY(UnitRepository(db.connection()).add(&unit, &error));
        Term term{0, 2022, 2025};
        QVERIFY(TermRepository(db.connection()).add(&term, &error));
        QVERIFY(UnitRepository(db.connection()).byCode(QStringLiteral("X1"), &unit, &error));
        const QString out = folder();
        QVERIFY(exportTo(db.connection(), QStringLiteral("X1"), 2022, 2025, out, CsvDialect::excel()));
        const QByteArray units = readAll(QDir(out).filePath(QStringLiteral("units.csv")));
        QVERIFY2(units.contains(written), units.constData());
        TestDatabase other;
        QVERIFY(other.open());
        QVERIFY(importFrom(other.connection(), {out}));
        Unit back;
        QVERIFY(UnitRepository(other.connection()).byCode(QStringLiteral("X1"), &back, &error));
        QCOMPARE(back.name, unit.name);
        // The data dialect writes it as it is.
        const QString plain = folder();
        QVERIFY(exportTo(db.connection(), QStringLiteral("X1"), 2022, 2025, plain, CsvDialect::data()));
        if (!name.contains(QLatin1Char('"')))
            QVERIFY(readAll(QDir(plain).filePath(QStringLiteral("units.csv"))).contains((QLatin1Char(',') + name + QLatin1Char(',')).toUtf8()));
    }

    void cancelLeavesDatabaseUnchanged_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::newRow("while reading") << 0.0;
        QTest::newRow("while writing") << 0.75;
    }
    void cancelLeavesDatabaseUnchanged()
    {
        QFETCH(double, fraction);
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QString out = folder();
        QVERIFY(exportTo(demo.connection(), QStringLiteral("VH"), 2022, 2025, out, CsvDialect::excel()));
        TestDatabase target;
        QVERIFY(target.open());
        const QString before = dump(target.connection());
        CancelAt cancel(fraction);
        ImportResult result;
        QStringList errors;
        QVERIFY(!Importer(target.connection()).run({out}, ImportOptions(), &cancel, &result, &errors));
        QVERIFY(cancel.reports() >= 1);
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("cancelled")), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(dump(target.connection()), before);
        // A cancelled export leaves no files behind.
        const QString partial = folder();
        CancelAt stop(0.1);
        QString error;
        QVERIFY(!Exporter(demo.connection()).run(QStringLiteral("VH"), 2022, 2025, partial, ExportOptions(), &stop,
                                                 &error));
        QVERIFY(QDir(partial).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExchangeRoundTrip)
#include "tst_exchange_roundtrip.moc"
