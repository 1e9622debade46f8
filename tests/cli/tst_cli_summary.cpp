#include "CliRunner.h"

#include <QTemporaryDir>
#include <QtTest>

// Runs the real daihoi-cli as a clerk would, in its default language (Vietnamese).
using namespace daihoi;

class TestCliSummary : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;

    CliRunner m_cli;
    CliRunner::Result cli(const QStringList &args) { return m_cli.run(args); }

private slots:
    void initTestCase()
    {
        m_database = m_dir.filePath(QStringLiteral("x.db"));
        const CliRunner::Result demo = cli({QStringLiteral("demo"), m_database});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(QFile::exists(m_database));
    }

    void demoRefusesToOverwrite()
    {
        const CliRunner::Result again = cli({QStringLiteral("demo"), m_database});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("--force")), qPrintable(again.err));
    }

    void summary_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("VH complete")
            << "VH" << "2022-2025"
            << QStringList{QStringLiteral("Đảng bộ phường Việt Hưng (VH), nhiệm kỳ 2022–2025"),
                           QStringLiteral("23/23 chi bộ đã tổ chức đại hội (100,00 %), từ ngày 20/8 đến hết ngày 11/9/2022")};
        QTest::newRow("UBND 14 of 15")
            << "UBND" << "2017-2020"
            << QStringList{QStringLiteral("Đảng bộ cơ quan UBND Quận (UBND), nhiệm kỳ 2017–2020"),
                           QStringLiteral("14/15 chi bộ đã tổ chức đại hội (93,33 %), từ ngày 21/6 đến hết ngày 27/6/2017"),
                           QStringLiteral("Chưa tổ chức đại hội: Chi bộ Ban Quản lý dự án đầu tư xây dựng (UBND-15), "
                                          "dự kiến tổ chức ngày 06/07/2017")};
    }
    void summary()
    {
        QFETCH(QString, unit);
        QFETCH(QString, term);
        QFETCH(QStringList, lines);
        const CliRunner::Result run = cli({QStringLiteral("summary"), m_database, QStringLiteral("--unit"), unit,
                             QStringLiteral("--term"), term});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')), lines);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown unit") << QStringList{QStringLiteral("--unit"), QStringLiteral("XYZ"),
                                                     QStringLiteral("--term"), QStringLiteral("2022-2025")}
                                      << "Không có đơn vị nào có mã XYZ.";
        QTest::newRow("unknown term") << QStringList{QStringLiteral("--unit"), QStringLiteral("VH"),
                                                     QStringLiteral("--term"), QStringLiteral("2010-2015")}
                                      << "Cơ sở dữ liệu không có nhiệm kỳ 2010–2015.";
        QTest::newRow("malformed term") << QStringList{QStringLiteral("--unit"), QStringLiteral("VH"),
                                                       QStringLiteral("--term"), QStringLiteral("2022")}
                                        << "2022";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRunner::Result run = cli(QStringList{QStringLiteral("summary"), m_database} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void missingDatabaseIsRefusedAndNotCreated()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        const CliRunner::Result run = cli({QStringLiteral("summary"), missing, QStringLiteral("--unit"), QStringLiteral("VH"),
                             QStringLiteral("--term"), QStringLiteral("2022-2025")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestCliSummary)
#include "tst_cli_summary.moc"
