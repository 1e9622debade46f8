#include "ExchangeTestSupport.h"
#include "TestDatabase.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace daihoi;
using namespace daihoi::exchangetest;

using Mutation = std::function<void(const QString &folder)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

void replaceBytes(const QString &folder, const QString &file, const QByteArray &from, const QByteArray &to)
{
    const QString path = QDir(folder).filePath(file);
    QByteArray bytes = readAll(path);
    const qsizetype at = bytes.indexOf(from);
    QVERIFY2(at >= 0, from.constData());
    bytes.replace(at, from.size(), to);
    writeAll(path, bytes);
}

} // namespace

// Every refusal names file, line, column and rule, and leaves the database exactly as it was.
class TestExchangeRefusals : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_pristine;
    int m_count = 0;

    QString copyOfExport()
    {
        const QString folder = m_dir.filePath(QStringLiteral("case-%1").arg(++m_count));
        QDir().mkpath(folder);
        for (const QString &name : QDir(m_pristine).entryList(QDir::Files))
            QFile::copy(QDir(m_pristine).filePath(name), QDir(folder).filePath(name));
        return folder;
    }

private slots:
    void initTestCase()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        m_pristine = m_dir.filePath(QStringLiteral("pristine"));
        ExportOptions options;
        options.dialect = CsvDialect::data();
        QString error;
        QVERIFY2(Exporter(demo.connection()).run(QStringLiteral("VH"), 2022, 2025, m_pristine, options, nullptr, &error),
                 qPrintable(error));
    }

    void pristineImports()
    {
        TestDatabase db;
        QVERIFY(db.open());
        ImportResult result;
        QStringList errors;
        QVERIFY2(Importer(db.connection()).run({copyOfExport()}, ImportOptions(), nullptr, &result, &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void refused_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<bool>("rehashed");
        QTest::addColumn<QString>("expected");
        auto cell = [](const char *file, int line, const char *column, const char *value) -> Mutation {
            return [=](const QString &f) {
                setCell(f, QLatin1String(file), line, QLatin1String(column), QString::fromUtf8(value));
            };
        };
        QTest::newRow("bad quoting")
            << Mutation([](const QString &f) { replaceBytes(f, QStringLiteral("congresses.csv"), ",held,", ",he\"ld,"); })
            << true << "congresses.csv, line 2, cell 2: a quote inside a cell that does not start with a quote.";
        QTest::newRow("wrong column count")
            << Mutation([](const QString &f) { replaceBytes(f, QStringLiteral("units.csv"), ",0\r\n", ",0,extra\r\n"); })
            << true << "units.csv, line 2: 6 cells where the header has 5 columns.";
        QTest::newRow("not UTF-8")
            << Mutation([](const QString &f) { replaceBytes(f, QStringLiteral("units.csv"), "\xe1\xbb\x99", "\xff"); })
            << true << "units.csv, line 2, cell 3: the file is not UTF-8 text.";
        QTest::newRow("unknown format version")
            << Mutation([](const QString &f) {
                   replaceBytes(f, QStringLiteral("manifest.json"), "\"format_version\": 2", "\"format_version\": 3");
               })
            << false << "manifest.json: format version 3 is not supported; this program reads versions 1 to 2.";
        QTest::newRow("number out of range")
            << cell("congresses.csv", 3, "summoned", "99999999999") << true
            << "congresses.csv, line 3, column summoned (99999999999): outside the allowed range 0 to 10000000";
        QTest::newRow("not a number") << cell("rounds.csv", 2, "ballots_valid", "12a") << true
                                      << "rounds.csv, line 2, column ballots_valid (12a): not a whole number";
        QTest::newRow("negative") << cell("congresses.csv", 3, "present", "-1") << true
                                  << "congresses.csv, line 3, column present (-1): not a whole number";
        QTest::newRow("unknown key") << cell("congresses.csv", 3, "status", "done") << true
                                     << "congresses.csv, line 3, column status (done): not one of planned, held, "
                                        "postponed";
        QTest::newRow("unknown gender key") << cell("committee_members.csv", 2, "gender", "nu") << true
                                            << "committee_members.csv, line 2, column gender (nu): not one of male, "
                                               "female, an empty cell when not recorded";
        QTest::newRow("bad date") << cell("congresses.csv", 3, "held_from", "2022-13-01") << true
                                  << "congresses.csv, line 3, column held_from (2022-13-01): not a date written as "
                                     "YYYY-MM-DD";
        QTest::newRow("duplicate key") << cell("units.csv", 3, "code", "VH") << true
                                       << "units.csv, line 3, column code (VH): repeats the key of line 2";
        QTest::newRow("unknown reference") << cell("guests.csv", 2, "unit_code", "NOWHERE") << true
                                           << "guests.csv, line 2, column unit_code (NOWHERE): not a unit of units.csv";
        QTest::newRow("no congress") << cell("guests.csv", 2, "unit_code", "VH") << true
                                     << "guests.csv, line 2, column unit_code (VH): the unit has no row in "
                                        "congresses.csv";
        QTest::newRow("out of order")
            << Mutation([](const QString &f) {
                   setCell(f, QStringLiteral("guests.csv"), 2, QStringLiteral("unit_code"), QStringLiteral("VH-02"));
                   setCell(f, QStringLiteral("guests.csv"), 3, QStringLiteral("unit_code"), QStringLiteral("VH-01"));
               })
            << true << "guests.csv, line 3, column unit_code (VH-01): out of order";
        QTest::newRow("present over summoned")
            << Mutation([](const QString &f) {
                   setCell(f, QStringLiteral("congresses.csv"), 3, QStringLiteral("official_members"), QStringLiteral("40"));
                   setCell(f, QStringLiteral("congresses.csv"), 3, QStringLiteral("summoned"), QStringLiteral("30"));
                   setCell(f, QStringLiteral("congresses.csv"), 3, QStringLiteral("present"), QStringLiteral("31"));
               })
            << true << "congresses.csv, line 3, column present (31): Present (31) exceeds summoned (30).";
        QTest::newRow("ballots") << cell("rounds.csv", 2, "ballots_collected", "0") << true
                                 << "elections.csv, line 2, column office (committee): ";
        QTest::newRow("secretary outside the chi ủy")
            << cell("candidates.csv", 6, "name", "Vu Van Son") << true
            << "elections.csv, line 3, column office (secretary): Round 1: Vu Van Son is not an elected member of "
               "the executive committee";
        QTest::newRow("target rule") << cell("targets.csv", 2, "name", "") << true
                                     << "targets.csv, line 2, column name (): Every target needs a name.";
        QTest::newRow("empty line")
            << Mutation([](const QString &f) { replaceBytes(f, QStringLiteral("units.csv"), "\r\n", "\r\n\r\n"); })
            << true << "units.csv, line 2: 1 cells where the header has 5 columns.";
        QTest::newRow("row count")
            << Mutation([](const QString &f) {
                   const QString path = QDir(f).filePath(QStringLiteral("directions.csv"));
                   QByteArray bytes = readAll(path);
                   bytes.chop(2);
                   writeAll(path, bytes.left(bytes.lastIndexOf("\r\n") + 2));
               })
            << true << "rows where the manifest says";
        QTest::newRow("tampered")
            << cell("congresses.csv", 3, "place", "Hội trường khác") << false
            << "congresses.csv: its SHA-256 does not match the manifest; the file was edited or damaged after the "
               "export.";
    }
    void refused()
    {
        QFETCH(Mutation, mutate);
        QFETCH(bool, rehashed);
        QFETCH(QString, expected);
        const QString folder = copyOfExport();
        mutate(folder);
        if (QTest::currentTestFailed())
            return;
        if (rehashed)
            rehash(folder);
        for (const bool emptyDatabase : {true, false}) {
            TestDatabase db;
            QVERIFY(emptyDatabase ? db.open() : db.openDemo());
            const QString before = dump(db.connection());
            const QByteArray bytesBefore = readAll(db.path());
            ImportResult result;
            QStringList errors;
            QVERIFY(!Importer(db.connection()).run({folder}, ImportOptions(), nullptr, &result, &errors));
            const QString all = errors.join(QLatin1Char('\n'));
            QVERIFY2(all.contains(expected), qPrintable(all));
            QCOMPARE(dump(db.connection()), before);
            QCOMPARE(readAll(db.path()), bytesBefore);
        }
    }
};

QTEST_GUILESS_MAIN(TestExchangeRefusals)
#include "tst_exchange_refusals.moc"
