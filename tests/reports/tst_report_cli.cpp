#include "CliRunner.h"
#include "PdfText.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;

// Runs the real daihoi-cli report command as a clerk would, in its default language (Vietnamese).
class TestReportCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;

    CliRunner m_cli;
    CliRunner::Result cli(const QStringList &args) { return m_cli.run(args); }
    QStringList report(const QString &unit, const QString &term, const QString &kind, const QString &out)
    {
        return {QStringLiteral("report"), m_database, QStringLiteral("--unit"), unit, QStringLiteral("--term"), term,
                QStringLiteral("--kind"), kind, QStringLiteral("--out"), out};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        m_database = m_dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(cli({QStringLiteral("demo"), m_database}).exitCode, 0);
        const CliRunner::Result probe = cli({QStringLiteral("report")});
        QVERIFY2(probe.err.contains(QLatin1String("report")) && probe.err.contains(QLatin1String("--kind")),
                 "daihoi-cli has no report command: dispatch ReportCommand::run in app/cli/main.cpp");
    }

    void writesEachKind_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("summary") << "VH" << "2022-2025" << "summary"
                                 << "Các đồng chí Bí thư chi bộ đều đạt tỷ lệ 100 % phiếu tán thành.";
        QTest::newRow("congress") << "VH-05" << "2022-2025" << "congress" << "Kết quả Đại hội Chi bộ Tổ dân phố số 3";
        QTest::newRow("approval") << "VH-05" << "2022-2025" << "approval" << "TỜ TRÌNH";
        QTest::newRow("tally") << "BT-DDT-02" << "2020-2025" << "tally" << "(lần bầu thứ 2)";
    }
    void writesEachKind()
    {
        QFETCH(QString, unit);
        QFETCH(QString, term);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString pdf = m_dir.filePath(kind + QStringLiteral(".pdf"));
        const QString html = m_dir.filePath(kind + QStringLiteral(".html"));
        const CliRunner::Result run = cli(report(unit, term, kind, pdf)
                            << QStringLiteral("--html") << html << QStringLiteral("--number") << QStringLiteral("7-BC/CB")
                            << QStringLiteral("--place") << QStringLiteral("Long Biên") << QStringLiteral("--date")
                            << QStringLiteral("2022-09-23") << QStringLiteral("--signer") << QStringLiteral("Nguyễn Văn Ký"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        QVERIFY2(text.contains(expected), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Long Biên, ngày 23 tháng 9 năm 2022")));
        if (kind != QLatin1String("tally")) {
            QVERIFY(text.contains(QStringLiteral("Số 7-BC/CB")));
            QVERIFY(text.contains(QStringLiteral("Nguyễn Văn Ký")));
        }
        QVERIFY(QFileInfo(html).size() > 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // part of the message that names what is wrong
        const QString out = QStringLiteral("/nonexistent-dir/x.pdf");
        QTest::newRow("unknown unit") << report(QStringLiteral("NOPE"), QStringLiteral("2022-2025"), QStringLiteral("summary"), out) << 2 << "NOPE";
        QTest::newRow("unknown term") << report(QStringLiteral("VH"), QStringLiteral("2030-2035"), QStringLiteral("summary"), out) << 2 << "2030";
        QTest::newRow("not held") << report(QStringLiteral("UBND-15"), QStringLiteral("2017-2020"), QStringLiteral("congress"), out) << 2 << "UBND-15";
        QTest::newRow("chi bộ summary") << report(QStringLiteral("VH-01"), QStringLiteral("2022-2025"), QStringLiteral("summary"), out) << 2 << "VH-01";
        QTest::newRow("đảng bộ tally") << report(QStringLiteral("VH"), QStringLiteral("2022-2025"), QStringLiteral("tally"), out) << 2 << "VH";
        QTest::newRow("unknown kind") << report(QStringLiteral("VH"), QStringLiteral("2022-2025"), QStringLiteral("poster"), out) << 2 << "poster";
        QTest::newRow("no output") << QStringList{QStringLiteral("report"), m_database, QStringLiteral("--unit"), QStringLiteral("VH"),
                                                  QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--kind"),
                                                  QStringLiteral("summary")} << 2 << "--out";
        QTest::newRow("unwritable") << report(QStringLiteral("VH"), QStringLiteral("2022-2025"), QStringLiteral("summary"), out) << 1 << "nonexistent-dir";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRunner::Result run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
