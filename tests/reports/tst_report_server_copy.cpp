#include "CliRunner.h"
#include "PdfText.h"
#include "PgTestServer.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace daihoi;

// The office's SQLite file and its `office copy` on a PostgreSQL server print the same: what
// `daihoi-cli summary` writes, and the text of every kind of printed document, byte for byte.
class TestReportServerCopy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_server;
    QString m_created;
    PgTestServer m_pg;
    CliRunner m_cli;

    CliRunner::Result cli(const QStringList &args) { return m_cli.run(args); }

    static void addCommittees()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("term");
        QTest::newRow("Việt Hưng") << "VH" << "2022-2025";
        QTest::newRow("UBND Quận, one congress not held") << "UBND" << "2017-2020";
        QTest::newRow("Khối Đảng – Đoàn thể") << "BT-DDT" << "2020-2025";
    }

    // The document's text as pdftotext reads it, and the command's own output.
    QString printed(const QString &database, const QString &name, const QStringList &what)
    {
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        CliRunner::Result run = cli(QStringList{QStringLiteral("report"), database} + what
                                    + QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--date"),
                                                  QStringLiteral("2025-03-14")});
        if (run.exitCode != 0)
            return QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
        return PdfText::text(pdf) + QStringLiteral("\n---\n") + run.out.replace(pdf, QStringLiteral("OUT"));
    }

private slots:
    void initTestCase()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        QVERIFY(PdfText::available());
        m_file = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(cli({QStringLiteral("demo"), m_file}).exitCode, 0);
        // On a server that sorts text the Vietnamese way, as an office's server does.
        QString error;
        const QString name = QStringLiteral("daihoi_copy_%1").arg(QCoreApplication::applicationPid());
        QVERIFY2(m_pg.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 LOCALE_PROVIDER icu"
                                          " ICU_LOCALE 'vi-VN'")
                               .arg(name),
                           &error),
                 qPrintable(error));
        m_created = name;
        QUrl url(PgTestServer::serverUrl());
        url.setPath(QLatin1Char('/') + name);
        m_server = url.toString();
        const CliRunner::Result init = cli({QStringLiteral("office"), QStringLiteral("init"), m_server});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const CliRunner::Result copy = cli({QStringLiteral("office"), QStringLiteral("copy"), m_file, m_server});
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
    }

    void cleanupTestCase()
    {
        QString error;
        if (!m_created.isEmpty())
            m_pg.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_created), &error);
    }

    void summaryPrintsTheSame_data() { addCommittees(); }
    void summaryPrintsTheSame()
    {
        QFETCH(QString, unit);
        QFETCH(QString, term);
        const QStringList what{QStringLiteral("--unit"), unit, QStringLiteral("--term"), term};
        const CliRunner::Result onFile = cli(QStringList{QStringLiteral("summary"), m_file} + what);
        QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.err));
        QVERIFY2(onFile.out.contains(unit), qPrintable(onFile.out));
        const CliRunner::Result onServer = cli(QStringList{QStringLiteral("summary"), m_server} + what);
        QCOMPARE(onServer.exitCode, 0);
        QCOMPARE(onServer.out, onFile.out);
        QCOMPARE(onServer.err, onFile.err);
    }

    void documentsReadTheSame_data()
    {
        QTest::addColumn<QStringList>("what");
        auto add = [](const char *name, const QString &unit, const QString &term, const QString &kind) {
            QTest::newRow(name) << QStringList{QStringLiteral("--unit"), unit, QStringLiteral("--term"), term,
                                               QStringLiteral("--kind"), kind};
        };
        const QString vh = QStringLiteral("2022-2025");
        add("summary of Việt Hưng", QStringLiteral("VH"), vh, QStringLiteral("summary"));
        add("summary of UBND Quận", QStringLiteral("UBND"), QStringLiteral("2017-2020"), QStringLiteral("summary"));
        add("summary of the Khối", QStringLiteral("BT-DDT"), QStringLiteral("2020-2025"), QStringLiteral("summary"));
        add("statistics of Việt Hưng", QStringLiteral("VH"), vh, QStringLiteral("statistics"));
        add("congress of VH-05", QStringLiteral("VH-05"), vh, QStringLiteral("congress"));
        add("approval of VH-05", QStringLiteral("VH-05"), vh, QStringLiteral("approval"));
        add("decision of VH-05", QStringLiteral("VH-05"), vh, QStringLiteral("decision"));
        add("resolution of VH-05", QStringLiteral("VH-05"), vh, QStringLiteral("resolution"));
        add("minutes of VH-05", QStringLiteral("VH-05"), vh, QStringLiteral("minutes"));
        add("tally of BT-DDT-02", QStringLiteral("BT-DDT-02"), QStringLiteral("2020-2025"), QStringLiteral("tally"));
    }
    void documentsReadTheSame()
    {
        QFETCH(QStringList, what);
        const QString name = what.at(1) + what.at(5);
        const QString fromFile = printed(m_file, name + QStringLiteral("-file"), what);
        QVERIFY2(!fromFile.startsWith(QLatin1String("exit ")), qPrintable(fromFile));
        QVERIFY(fromFile.size() > 200);
        QCOMPARE(printed(m_server, name + QStringLiteral("-server"), what), fromFile);
    }
};

QTEST_GUILESS_MAIN(TestReportServerCopy)
#include "tst_report_server_copy.moc"
