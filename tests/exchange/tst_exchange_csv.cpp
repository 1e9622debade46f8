#include "ExchangeTestSupport.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::exchangetest;

// The CSV layer alone: what the writer produces, that the reader gives it back exactly, and what the
// strict reader refuses.
class TestExchangeCsv : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QList<QStringList> readBack(const QString &path, const CsvDialect &dialect, QString *failure = nullptr)
    {
        CsvReader reader;
        QString error;
        QList<QStringList> rows;
        if (!reader.open(path, dialect, &error))
            return rows;
        QStringList cells;
        for (;;) {
            const CsvReader::Result result = reader.next(&cells);
            if (result == CsvReader::Result::End)
                break;
            if (result == CsvReader::Result::Failed) {
                if (failure)
                    *failure = QStringLiteral("line %1 cell %2: %3")
                                   .arg(reader.line())
                                   .arg(reader.errorCell())
                                   .arg(reader.errorString());
                break;
            }
            rows.append(cells);
        }
        return rows;
    }

private slots:
    void losslessInBothDialects_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("separator");
        QTest::newRow("excel ;") << "excel" << ";";
        QTest::newRow("excel ,") << "excel" << ",";
        QTest::newRow("data") << "data" << ",";
    }
    void losslessInBothDialects()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, separator);
        CsvDialect d;
        QVERIFY(CsvDialect::fromKey(dialect, separator.at(0), &d));
        const QList<QStringList> rows = {
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
            {QStringLiteral("Chi bộ Tổ dân phố số 5"), QString(), QStringLiteral("x;y,z")},
            {QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines"), QStringLiteral("lf\nonly")},
            {QStringLiteral("=1+2"), QStringLiteral("-5"), QStringLiteral("'already")},
            {QStringLiteral("''"), QStringLiteral("@x"), QStringLiteral("\rcr")},
            {QStringLiteral("+"), QStringLiteral("\t"), QStringLiteral("  spaced  ")},
        };
        const QString path = m_dir.filePath(dialect + separator.at(0).unicode() + QStringLiteral(".csv"));
        CsvWriter writer;
        QString error;
        QVERIFY(writer.open(path, d, rows.first(), &error));
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(writer.writeRow(rows.at(i), &error));
        QVERIFY(writer.close(&error));
        QCOMPARE(writer.rowCount(), qint64(rows.size() - 1));
        QCOMPARE(writer.sha256Hex(), QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
        QString failure;
        QCOMPARE(readBack(path, d, &failure), rows);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), d.isExcel());
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.contains("'=1+2"), d.isExcel());
    }

    void guard_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("guarded");
        QTest::newRow("formula") << "=SUM(A1)" << "'=SUM(A1)";
        QTest::newRow("plus") << "+1" << "'+1";
        QTest::newRow("minus") << "-5" << "'-5";
        QTest::newRow("at") << "@cmd" << "'@cmd";
        QTest::newRow("tab") << "\tx" << "'\tx";
        QTest::newRow("cr") << "\rx" << "'\rx";
        QTest::newRow("apostrophe") << "'x" << "''x";
        QTest::newRow("plain") << "Nguyễn Văn A" << "Nguyễn Văn A";
        QTest::newRow("inner minus") << "2020-2025" << "2020-2025";
        QTest::newRow("empty") << "" << "";
    }
    void guard()
    {
        QFETCH(QString, cell);
        QFETCH(QString, guarded);
        const CsvDialect excel = CsvDialect::excel();
        QCOMPARE(excel.guard(cell), guarded);
        QCOMPARE(excel.unguard(excel.guard(cell)), cell);
        QCOMPARE(CsvDialect::data().guard(cell), cell);
        QCOMPARE(CsvDialect::data().unguard(cell), cell);
    }

    void strictRefusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("quote inside cell") << QByteArray("a,b\r\nx\"y,z\r\n") << "line 2 cell 1: a quote inside";
        QTest::newRow("text after quote") << QByteArray("a,b\r\n\"x\"y,z\r\n") << "line 2 cell 1: text after";
        QTest::newRow("unclosed") << QByteArray("a,b\r\nx,\"yz\r\n") << "line 2 cell 2: a quoted cell is not closed";
        QTest::newRow("bare cr") << QByteArray("a,b\rc\r\n") << "line 1 cell 2: a carriage return";
        QTest::newRow("latin-1") << QByteArray("a,b\r\nNguy\xe1n,z\r\n") << "not UTF-8";
    }
    void strictRefusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        writeAll(path, bytes);
        QString failure;
        readBack(path, CsvDialect::data(), &failure);
        QVERIFY2(failure.contains(expected), qPrintable(failure));
    }

    void lineNumbersCountQuotedLineBreaks()
    {
        const QString path = m_dir.filePath(QStringLiteral("lines.csv"));
        writeAll(path, "a,b\r\n\"1\r\n2\",x\r\nbad\"q,y\r\n");
        QString failure;
        readBack(path, CsvDialect::data(), &failure);
        QVERIFY2(failure.startsWith(QLatin1String("line 4 ")), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestExchangeCsv)
#include "tst_exchange_csv.moc"
