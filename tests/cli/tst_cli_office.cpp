#include "CliRunner.h"
#include "PgTestServer.h"
#include "storage/Database.h"
#include "storage/SchemaMigrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The administrator's office commands against a real PostgreSQL server, run as the real daihoi-cli.
using namespace daihoi;

class TestCliOffice : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    CliRunner m_cli;
    PgTestServer m_server;

    CliRunner::Result cli(const QStringList &args) { return m_cli.run(args); }

    QString freshDatabase()
    {
        QString error;
        const QString url = m_server.createDatabase(&error);
        if (url.isEmpty())
            qWarning("%s", qPrintable(error));
        return url;
    }

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

    QStringList summary(const QString &database, const QString &unit, const QString &term)
    {
        const CliRunner::Result run
            = cli({QStringLiteral("summary"), database, QStringLiteral("--unit"), unit, QStringLiteral("--term"), term});
        return {QString::number(run.exitCode), run.out, run.err};
    }

private slots:
    void initTestCase()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--force"), m_demo}).exitCode, 0);
    }

    void initCreatesTheSchemaOwnedByANologinRole()
    {
        const QString url = freshDatabase();
        QVERIFY(!url.isEmpty());
        const CliRunner::Result init = cli({QStringLiteral("office"), QStringLiteral("init"), url});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QCOMPARE(scalar(url, QStringLiteral("SELECT version FROM schema_info")).toInt(),
                 SchemaMigrator::currentVersion());
        // Every table belongs to the owner role, which cannot log in; the clerks' role may use the schema.
        QCOMPARE(scalar(url, QStringLiteral("SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables"
                                            " WHERE schemaname = 'public'"))
                     .toString(),
                 QStringLiteral("daihoi_owner"));
        QCOMPARE(scalar(url, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                                            " AND tablename IN ('units', 'congresses', 'people', 'schema_info')"))
                     .toInt(),
                 4);
        QCOMPARE(scalar(url, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'daihoi_owner'")).toBool(),
                 false);
        QCOMPARE(scalar(url, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'daihoi_clerks'")).toBool(),
                 false);
        QCOMPARE(scalar(url, QStringLiteral("SELECT has_schema_privilege('daihoi_clerks', 'public', 'USAGE')")).toBool(),
                 true);

        const CliRunner::Result again = cli({QStringLiteral("office"), QStringLiteral("init"), url});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QUrl(url).path().mid(1)), qPrintable(again.err));
    }

    void anAdministratorWhoIsNoSuperuserSetsUpTheirDatabase()
    {
        // The usual office: the administrator may create roles and owns the database, nothing more.
        const QString url = freshDatabase();
        const QString admin = QStringLiteral("daihoi_test_admin_%1").arg(QCoreApplication::applicationPid());
        QString error;
        QVERIFY2(m_server.exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(admin), &error), qPrintable(error));
        QVERIFY2(m_server.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(QUrl(url).path().mid(1), admin),
                               &error),
                 qPrintable(error));
        QUrl asAdmin(url);
        asAdmin.setUserName(admin);
        const CliRunner::Result init = cli({QStringLiteral("office"), QStringLiteral("init"), asAdmin.toString()});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.err.isEmpty(), qPrintable(init.err));
        QCOMPARE(scalar(url, QStringLiteral("SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables"
                                            " WHERE schemaname = 'public'"))
                     .toString(),
                 QStringLiteral("daihoi_owner"));
        const CliRunner::Result copy
            = cli({QStringLiteral("office"), QStringLiteral("copy"), m_demo, asAdmin.toString()});
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
        QCOMPARE(summary(asAdmin.toString(), QStringLiteral("VH"), QStringLiteral("2022-2025")),
                 summary(m_demo, QStringLiteral("VH"), QStringLiteral("2022-2025")));
    }

    void aServerCopyOfTheDemoSummarisesAsTheFile()
    {
        const QString url = freshDatabase();
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("init"), url}).exitCode, 0);
        const CliRunner::Result copy = cli({QStringLiteral("office"), QStringLiteral("copy"), m_demo, url});
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));

        const QStringList fromFile = summary(m_demo, QStringLiteral("VH"), QStringLiteral("2022-2025"));
        QCOMPARE(fromFile.first(), QStringLiteral("0"));
        QVERIFY(fromFile.at(1).contains(QStringLiteral("23/23 chi bộ")));
        QCOMPARE(summary(url, QStringLiteral("VH"), QStringLiteral("2022-2025")), fromFile);
        QCOMPARE(summary(url, QStringLiteral("UBND"), QStringLiteral("2017-2020")),
                 summary(m_demo, QStringLiteral("UBND"), QStringLiteral("2017-2020")));

        // New rows after the copy number on past the copied ids.
        const qint64 highest = scalar(url, QStringLiteral("SELECT MAX(id) FROM terms")).toLongLong();
        QVERIFY(scalar(url, QStringLiteral("INSERT INTO terms (start_year, end_year) VALUES (2040, 2045) RETURNING id"))
                    .toLongLong()
                > highest);

        // And back into a new SQLite file, which summarises alike again.
        const QString back = m_dir.filePath(QStringLiteral("back.db"));
        const CliRunner::Result toFile = cli({QStringLiteral("office"), QStringLiteral("copy"), url, back});
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        QCOMPARE(summary(back, QStringLiteral("VH"), QStringLiteral("2022-2025")), fromFile);
    }

    void aServerCopyExportsTheSameFilesAsTheFile()
    {
        const QString url = freshDatabase();
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("init"), url}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("copy"), m_demo, url}).exitCode, 0);
        QTemporaryDir fromFile;
        QTemporaryDir fromServer;
        for (const auto &[database, folder] : {std::pair{m_demo, fromFile.path()}, std::pair{url, fromServer.path()}}) {
            const CliRunner::Result run = cli({QStringLiteral("export"), database, QStringLiteral("--unit"),
                                               QStringLiteral("VH"), QStringLiteral("--term"),
                                               QStringLiteral("2022-2025"), QStringLiteral("--out"), folder});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const QStringList files = QDir(fromFile.path()).entryList({QStringLiteral("*.csv")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("congresses.csv")));
        QCOMPARE(QDir(fromServer.path()).entryList({QStringLiteral("*.csv")}, QDir::Files), files);
        for (const QString &name : files) {
            QFile a(QDir(fromFile.path()).filePath(name));
            QFile b(QDir(fromServer.path()).filePath(name));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            const QByteArray expected = a.readAll();
            QVERIFY2(b.readAll() == expected, qPrintable(name));
        }
    }

    void aSecondCopyIsRefusedAndChangesNothing()
    {
        const QString url = freshDatabase();
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("init"), url}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("copy"), m_demo, url}).exitCode, 0);
        const QString counts = QStringLiteral("SELECT (SELECT count(*) FROM units) || '/' || (SELECT count(*) FROM"
                                              " congresses) || '/' || (SELECT count(*) FROM people)");
        const QString before = scalar(url, counts).toString();
        QVERIFY2(!before.startsWith(QLatin1String("0/")), qPrintable(before));

        const CliRunner::Result again = cli({QStringLiteral("office"), QStringLiteral("copy"), m_demo, url});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QUrl(url).path().mid(1)), qPrintable(again.err));
        QCOMPARE(scalar(url, counts).toString(), before);
    }

    void anUninitialisedServerIsRefusedNamingTheCommand()
    {
        const QString url = freshDatabase();
        const QStringList run = summary(url, QStringLiteral("VH"), QStringLiteral("2022-2025"));
        QVERIFY(run.first() != QLatin1String("0"));
        QVERIFY2(run.at(2).contains(QStringLiteral("office init")), qPrintable(run.at(2)));
        QCOMPARE(scalar(url, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt(), 0);
    }

    void aPasswordInTheAddressIsRefusedAndNeverShown()
    {
        const QString url = freshDatabase();
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("init"), url}).exitCode, 0);
        QUrl withPassword(url);
        withPassword.setPassword(QStringLiteral("s3cretWord"));
        const QString address = withPassword.toString();
        for (const QStringList &args :
             {QStringList{QStringLiteral("summary"), address, QStringLiteral("--unit"), QStringLiteral("VH"),
                          QStringLiteral("--term"), QStringLiteral("2022-2025")},
              QStringList{QStringLiteral("office"), QStringLiteral("init"), address},
              QStringList{QStringLiteral("office"), QStringLiteral("copy"), m_demo, address}}) {
            const CliRunner::Result run = cli(args);
            QVERIFY2(run.exitCode != 0, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(!run.err.contains(QStringLiteral("s3cretWord")), qPrintable(run.err));
            QVERIFY(!run.out.contains(QStringLiteral("s3cretWord")));
            QVERIFY(run.err.contains(QStringLiteral("pgpass")));
        }
        QCOMPARE(scalar(url, QStringLiteral("SELECT count(*) FROM units")).toInt(), 0);
    }

    void aPlainConnectionOverTheNetworkIsRefused()
    {
        const CliRunner::Result run
            = cli({QStringLiteral("summary"), QStringLiteral("postgresql://clerk@office.example/daihoi?sslmode=disable"),
                   QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022-2025")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("sslmode=require")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOffice)
#include "tst_cli_office.moc"
