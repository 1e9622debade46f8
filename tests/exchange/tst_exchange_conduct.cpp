#include "ExchangeTestSupport.h"
#include "TestDatabase.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::exchangetest;

namespace {

QList<QStringList> readCsv(const QString &folder, const QString &file)
{
    ExchangeManifest manifest;
    QString error;
    manifest.read(QDir(folder).filePath(QStringLiteral("manifest.json")), &error);
    CsvReader reader;
    QList<QStringList> records;
    if (!reader.open(QDir(folder).filePath(file), manifest.dialect, &error))
        return records;
    QStringList cells;
    while (reader.next(&cells) == CsvReader::Result::Record)
        records.append(cells);
    return records;
}

void writeCsv(const QString &folder, const QString &file, const QList<QStringList> &records)
{
    ExchangeManifest manifest;
    QString error;
    QVERIFY(manifest.read(QDir(folder).filePath(QStringLiteral("manifest.json")), &error));
    CsvWriter writer;
    QVERIFY(writer.open(QDir(folder).filePath(file), manifest.dialect, records.first(), &error));
    for (int i = 1; i < records.size(); ++i)
        QVERIFY(writer.writeRow(records.at(i), &error));
    QVERIFY(writer.close(&error));
    rehash(folder);
}

Congress congressOf(QSqlDatabase db, const QString &code, int start, int end)
{
    Unit unit;
    Term term;
    Congress c;
    QString error;
    UnitRepository(db).byCode(code, &unit, &error);
    TermRepository(db).byYears(start, end, &term, &error);
    CongressRepository(db).find(unit.id, term.id, &c, &error);
    return c;
}

} // namespace

// congresses.csv carries the conduct of each congress: times as HH:MM, name lists in one cell joined by "; ".
class TestExchangeConduct : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString exportVietHung(QSqlDatabase db, const CsvDialect &dialect = CsvDialect::data())
    {
        const QString folder = m_dir.filePath(QStringLiteral("export-%1").arg(++m_count));
        ExportOptions options;
        options.dialect = dialect;
        QString error;
        if (!Exporter(db).run(QStringLiteral("VH"), 2022, 2025, folder, options, nullptr, &error))
            qWarning() << error;
        return folder;
    }
    static QStringList import(QSqlDatabase db, const QString &folder)
    {
        ImportResult result;
        QStringList errors;
        Importer(db).run({folder}, ImportOptions(), nullptr, &result, &errors);
        return errors;
    }

private slots:
    void conductTravelsBothWays()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        Congress c = congressOf(demo.connection(), QStringLiteral("VH-05"), 2022, 2025);
        c.openingTime = QTime(7, 5);
        c.closingTime = QTime(16, 45);
        c.presidium = QStringList{QStringLiteral("Vũ Thị Yến"), QStringLiteral("Đặng Văn Bảo")};
        c.secretaries = QStringList{QStringLiteral("Ngô Thu Hà"), QStringLiteral("Lý Văn Khánh")};
        c.countingBoardHead = QStringLiteral("Bùi Quang Huy");
        c.countingBoardMembers = QStringList{QStringLiteral("Trịnh Thị Lan"), QStringLiteral("Hà Văn Nam")};
        c.resolutionVotesFor = c.present - 2;
        QString error;
        QVERIFY2(CongressRepository(demo.connection()).save(&c, &error), qPrintable(error));

        CsvDialect excel;
        QVERIFY(CsvDialect::fromKey(QStringLiteral("excel"), QLatin1Char(';'), &excel));
        const QString first = exportVietHung(demo.connection(), excel);
        const QList<QStringList> rows = readCsv(first, QStringLiteral("congresses.csv"));
        const QStringList header = rows.first();
        QStringList row;
        for (const QStringList &r : rows)
            if (r.first() == QLatin1String("VH-05"))
                row = r;
        auto cell = [&](const char *column) { return row.value(int(header.indexOf(QLatin1String(column)))); };
        QCOMPARE(cell("opening_time"), QStringLiteral("07:05"));
        QCOMPARE(cell("closing_time"), QStringLiteral("16:45"));
        QCOMPARE(cell("presidium"), QStringLiteral("Vũ Thị Yến; Đặng Văn Bảo"));
        QCOMPARE(cell("secretaries"), QStringLiteral("Ngô Thu Hà; Lý Văn Khánh"));
        QCOMPARE(cell("counting_board_head"), QStringLiteral("Bùi Quang Huy"));
        QCOMPARE(cell("counting_board_members"), QStringLiteral("Trịnh Thị Lan; Hà Văn Nam"));
        QCOMPARE(cell("resolution_votes_for"), QString::number(c.present - 2));

        TestDatabase empty;
        QVERIFY(empty.open());
        const QStringList errors = import(empty.connection(), first);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const Congress back = congressOf(empty.connection(), QStringLiteral("VH-05"), 2022, 2025);
        QCOMPARE(back.openingTime, c.openingTime);
        QCOMPARE(back.closingTime, c.closingTime);
        QCOMPARE(back.presidium, c.presidium);
        QCOMPARE(back.secretaries, c.secretaries);
        QCOMPARE(back.countingBoardHead, c.countingBoardHead);
        QCOMPARE(back.countingBoardMembers, c.countingBoardMembers);
        QCOMPARE(back.resolutionVotesFor, c.resolutionVotesFor);
        // Exported again, every file is the same byte for byte.
        const QString second = exportVietHung(empty.connection(), excel);
        for (const QString &name : dataFiles())
            QVERIFY2(readAll(QDir(first).filePath(name)) == readAll(QDir(second).filePath(name)),
                     qPrintable(name));
    }

    // A file written before the conduct columns existed still imports; the conduct is then unknown.
    void olderFileWithoutTheColumnsImports()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QString folder = exportVietHung(demo.connection());
        QList<QStringList> rows = readCsv(folder, QStringLiteral("congresses.csv"));
        const int added = int(ExchangeFormat::addedColumns(ExchangeFormat::Congresses).size());
        QCOMPARE(added, 7);
        for (QStringList &r : rows)
            r = r.mid(0, r.size() - added);
        QCOMPARE(rows.first().last(), QStringLiteral("self_review_summary"));
        writeCsv(folder, QStringLiteral("congresses.csv"), rows);

        TestDatabase empty;
        QVERIFY(empty.open());
        const QStringList errors = import(empty.connection(), folder);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const Congress c = congressOf(empty.connection(), QStringLiteral("VH-05"), 2022, 2025);
        QVERIFY(c.isValid());
        QCOMPARE(c.present, congressOf(demo.connection(), QStringLiteral("VH-05"), 2022, 2025).present);
        QVERIFY(!c.openingTime.isValid() && !c.closingTime.isValid());
        QVERIFY(c.presidium.isEmpty() && c.secretaries.isEmpty() && c.countingBoardMembers.isEmpty());
        QVERIFY(c.countingBoardHead.isEmpty());
        QCOMPARE(c.resolutionVotesFor, 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad opening time")
            << "opening_time"
            << "7h30"
            << "congresses.csv, line 2, column opening_time (7h30): not a time written as HH:MM (24 hours)";
        QTest::newRow("hour 25")
            << "closing_time"
            << "25:10"
            << "congresses.csv, line 2, column closing_time (25:10): not a time written as HH:MM (24 hours)";
        QTest::newRow("negative votes")
            << "resolution_votes_for"
            << "-3"
            << "congresses.csv, line 2, column resolution_votes_for (-3): not a whole number";
        QTest::newRow("votes over present") << "resolution_votes_for"
                                            << "500"
                                            << "congresses.csv, line 2, column resolution_votes_for (500): "
                                               "Resolution votes for (500) exceeds present";
        QTest::newRow("closing before opening") << "closing_time"
                                                << "06:00"
                                                << "congresses.csv, line 2, column closing_time (06:00): "
                                                   "Closing time (06:00) is before opening time "
                                                   "(07:30) on a one-day congress.";
    }
    void refusals()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        const QString folder = exportVietHung(demo.connection());
        QList<QStringList> rows = readCsv(folder, QStringLiteral("congresses.csv"));
        rows[1][int(rows.first().indexOf(column))] = value;
        writeCsv(folder, QStringLiteral("congresses.csv"), rows);

        TestDatabase empty;
        QVERIFY(empty.open());
        const QString before = dump(empty.connection());
        const QStringList errors = import(empty.connection(), folder);
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(expected),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(dump(empty.connection()), before);
    }
};

QTEST_GUILESS_MAIN(TestExchangeConduct)
#include "tst_exchange_conduct.moc"
