#include "CliRunner.h"
#include "PgTestServer.h"
#include "Version6Schema.h"
#include "storage/Database.h"
#include "storage/SchemaMigrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// `daihoi-cli office upgrade URL`: the administrator brings an office made by an older daihoi to this version,
// never while another daihoi is connected to it.
using namespace daihoi;

class TestCliOfficeUpgrade : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    CliRunner m_cli;
    PgTestServer m_server;

    CliRunner::Result cli(const QStringList &args) { return m_cli.run(args); }

    static QVariant scalar(const QString &url, const QString &sql)
    {
        Database db;
        QString error;
        if (!db.connectServer(url, &error))
            return error;
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("failed: ") + sql;
        return query.value(0);
    }

    // An office holding the demo, taken back to what a version 6 daihoi made.
    QString version6Office()
    {
        QString error;
        const QString url = m_server.createDatabase(&error);
        if (url.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        if (cli({QStringLiteral("office"), QStringLiteral("init"), url}).exitCode != 0
            || cli({QStringLiteral("office"), QStringLiteral("copy"), m_demo, url}).exitCode != 0)
            return {};
        Database db;
        if (!db.connectServer(url, &error) || !dropVersion7(db.connection())
            || !QSqlQuery(db.connection()).exec(QStringLiteral("UPDATE schema_info SET version = 6")))
            return {};
        return url;
    }

    QStringList summary(const QString &database)
    {
        const CliRunner::Result run = cli({QStringLiteral("summary"), database, QStringLiteral("--unit"),
                                           QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022-2025")});
        return {QString::number(run.exitCode), run.out, run.err};
    }

private slots:
    void initTestCase()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--force"), m_demo}).exitCode, 0);
    }

    void anOlderOfficeIsUpgradedAsItsOwner()
    {
        const QString url = version6Office();
        QVERIFY(!url.isEmpty());
        // A clerk's program meets the older office and names the administrator's command.
        const QStringList before = summary(url);
        QVERIFY(before.first() != QLatin1String("0"));
        QVERIFY2(before.at(2).contains(QStringLiteral("office upgrade")), qPrintable(before.at(2)));

        const CliRunner::Result upgrade = cli({QStringLiteral("office"), QStringLiteral("upgrade"), url});
        QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.err));
        QVERIFY2(upgrade.out.contains(QStringLiteral("6")) && upgrade.out.contains(QString::number(SchemaMigrator::currentVersion())),
                 qPrintable(upgrade.out));
        QCOMPARE(scalar(url, QStringLiteral("SELECT version FROM schema_info")).toInt(), SchemaMigrator::currentVersion());
        // What the migration created belongs to the owner role, like the rest, and the clerks may use the schema.
        QCOMPARE(scalar(url, QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'congress_people'")).toString(),
                 QStringLiteral("daihoi_owner"));
        QCOMPARE(scalar(url, QStringLiteral("SELECT has_schema_privilege('daihoi_clerks', 'public', 'USAGE')")).toBool(),
                 true);
        QCOMPARE(summary(url), summary(m_demo));
    }

    void refusedWhileAnotherDaihoiIsConnected()
    {
        const QString url = version6Office();
        QVERIFY(!url.isEmpty());
        {
            // A clerk's window, still open on the office (connectServer: the older schema does not stop it).
            Database clerk;
            QString error;
            QVERIFY2(clerk.connectServer(url, &error), qPrintable(error));
            const CliRunner::Result refused = cli({QStringLiteral("office"), QStringLiteral("upgrade"), url});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(Database::clientName()), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("daihoi_test")), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QUrl(url).path().mid(1)), qPrintable(refused.err));
            QCOMPARE(scalar(url, QStringLiteral("SELECT version FROM schema_info")).toInt(), 6);
            QCOMPARE(scalar(url, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'congress_people'")).toInt(),
                     0);
        }
        // Another kind of client (psql, a backup) does not count; once the clerk closes daihoi the upgrade runs.
        QString error;
        Database other;
        QVERIFY2(other.connectServer(url + QStringLiteral("&application_name=psql"), &error), qPrintable(error));
        const CliRunner::Result upgrade = cli({QStringLiteral("office"), QStringLiteral("upgrade"), url});
        QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.err));
        QCOMPARE(scalar(url, QStringLiteral("SELECT version FROM schema_info")).toInt(), SchemaMigrator::currentVersion());
    }

    void aCurrentOfficeSaysSo()
    {
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("init"), url}).exitCode, 0);
        const CliRunner::Result upgrade
            = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("office"), QStringLiteral("upgrade"), url});
        QCOMPARE(upgrade.exitCode, 0);
        QVERIFY2(upgrade.out.contains(QStringLiteral("already")), qPrintable(upgrade.out));
        QVERIFY2(upgrade.out.contains(QString::number(SchemaMigrator::currentVersion())), qPrintable(upgrade.out));
    }

    void anEmptyDatabaseIsRefusedNamingInit()
    {
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const CliRunner::Result upgrade = cli({QStringLiteral("office"), QStringLiteral("upgrade"), url});
        QCOMPARE(upgrade.exitCode, 2);
        QVERIFY2(upgrade.err.contains(QStringLiteral("office init")), qPrintable(upgrade.err));
        QCOMPARE(scalar(url, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliOfficeUpgrade)
#include "tst_cli_office_upgrade.moc"
