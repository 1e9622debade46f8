#include "CliRunner.h"
#include "PgTestServer.h"
#include "storage/Database.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The administrator's user commands, run as the real daihoi-cli against the demo office on a real server.
using namespace daihoi;

class TestCliOfficeUsers : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_url;
    QString m_suffix;
    QStringList m_roles;
    CliRunner m_cli;
    PgTestServer m_server;

    QString name(const char *base) const { return QLatin1String(base) + m_suffix; }

    QString urlAs(const QString &login) const
    {
        QUrl url(m_url);
        url.setUserName(login);
        return url.toString();
    }

    // English messages whatever the machine's language, so the refusals below read the same everywhere.
    CliRunner::Result cli(const QStringList &args, const QByteArray &input = {}, const QString &password = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        if (!password.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), password);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DAIHOI_CLI_PATH),
                      QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        process.write(input);
        process.closeWriteChannel();
        CliRunner::Result result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    CliRunner::Result addUser(const QString &login, const QByteArray &password, bool admin = false)
    {
        m_roles.append(login);
        QStringList args{QStringLiteral("office"), QStringLiteral("user"), m_url, login};
        if (admin)
            args.append(QStringLiteral("--admin"));
        return cli(args, password + '\n');
    }

    bool connects(const QString &login, const QString &password, QString *error)
    {
        qputenv("PGPASSWORD", password.toUtf8());
        Database db;
        const bool ok = db.openServer(urlAs(login), error);
        qunsetenv("PGPASSWORD");
        return ok;
    }

private slots:
    void initTestCase()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        m_suffix = QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(m_cli.run({QStringLiteral("demo"), QStringLiteral("--force"), m_demo}).exitCode, 0);
        QString error;
        m_url = m_server.createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("init"), m_url}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("copy"), m_demo, m_url}).exitCode, 0);
        m_server.exec(QStringLiteral("CREATE ROLE daihoi_test_passwords NOLOGIN"),
                      &error); // may exist already
    }

    void cleanupTestCase()
    {
        QString error;
        for (const QString &role : std::as_const(m_roles))
            m_server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), &error);
    }

    void theClerksPasswordComesFromStandardInput()
    {
        const QString clerk = name("stdin_clerk");
        const CliRunner::Result run = addUser(clerk, "Mật khẩu 'của' tôi");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(clerk), qPrintable(run.out));
        QString error;
        QVERIFY2(m_server.exec(QStringLiteral("GRANT daihoi_test_passwords TO %1").arg(clerk), &error),
                 qPrintable(error));
        QVERIFY2(connects(clerk, QStringLiteral("Mật khẩu 'của' tôi"), &error), qPrintable(error));
        QVERIFY(!connects(clerk, QStringLiteral("Mật khẩu"), &error));
        QVERIFY2(error.contains(QStringLiteral("refused the user name or password")), qPrintable(error));
    }

    void grantsAreListedAndRevoked()
    {
        const QString clerk = name("list_clerk");
        QCOMPARE(addUser(clerk, "a").exitCode, 0);
        const auto office = [this](const QStringList &args) {
            return cli(QStringList{QStringLiteral("office")} + args);
        };
        CliRunner::Result run = office({QStringLiteral("users"), m_url});
        QVERIFY2(run.out.contains(clerk + QStringLiteral("\n  (no unit)\n")), qPrintable(run.out));

        run = office(
            {QStringLiteral("grant"), m_url, clerk, QStringLiteral("--unit"), QStringLiteral("VH-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = office({QStringLiteral("grant"), m_url, clerk, QStringLiteral("--unit"), QStringLiteral("UBND"),
                      QStringLiteral("--read-only")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = office({QStringLiteral("users"), m_url});
        QVERIFY2(run.out.contains(clerk +
                                  QStringLiteral("\n  UBND  Đảng bộ cơ quan UBND Quận  read only\n"
                                                 "  VH-01  Chi bộ Khu đô thị Việt Hưng 1  read and write\n")),
                 qPrintable(run.out));

        // A second grant of the same unit changes read-only rather than adding a row.
        run = office({QStringLiteral("grant"), m_url, clerk, QStringLiteral("--unit"),
                      QStringLiteral("VH-01"), QStringLiteral("--read-only")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = office(
            {QStringLiteral("revoke"), m_url, clerk, QStringLiteral("--unit"), QStringLiteral("UBND")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = office({QStringLiteral("users"), m_url});
        QVERIFY2(
            run.out.contains(clerk + QStringLiteral("\n  VH-01  Chi bộ Khu đô thị Việt Hưng 1  read only\n")),
            qPrintable(run.out));
    }

    void anAdministratorManagesClerksAndReadsEverything()
    {
        const QString admin = name("office_admin");
        QCOMPARE(addUser(admin, "b", true).exitCode, 0);
        const CliRunner::Result list = cli({QStringLiteral("office"), QStringLiteral("users"), m_url});
        QVERIFY2(list.out.contains(admin + QStringLiteral("  (administrator: every unit)")),
                 qPrintable(list.out));

        // Connected as that administrator (no superuser): creates a clerk, grants a unit, and reads every
        // unit.
        const QString clerk = name("admins_clerk");
        m_roles.append(clerk);
        CliRunner::Result run =
            cli({QStringLiteral("office"), QStringLiteral("user"), urlAs(admin), clerk}, "c\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("office"), QStringLiteral("grant"), urlAs(admin), clerk,
                   QStringLiteral("--unit"), QStringLiteral("VH-02")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList summary{QStringLiteral("summary"), QStringLiteral("--unit"), QStringLiteral("VH"),
                                  QStringLiteral("--term"), QStringLiteral("2022-2025")};
        const CliRunner::Result fromFile = cli(QStringList{summary.first(), m_demo} + summary.mid(1));
        const CliRunner::Result asAdmin = cli(QStringList{summary.first(), urlAs(admin)} + summary.mid(1));
        QVERIFY2(asAdmin.exitCode == 0, qPrintable(asAdmin.err));
        QCOMPARE(asAdmin.out, fromFile.out);
    }

    void refusalsNameWhatIsWrongAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a role name")
            << QStringList{QStringLiteral("user"), QStringLiteral("URL"), QStringLiteral("Nguyen-Van-A")}
            << "User: Nguyen-Van-A is not a valid user name";
        QTest::newRow("the office's own role")
            << QStringList{QStringLiteral("user"), QStringLiteral("URL"), QStringLiteral("daihoi_clerks")}
            << "User: daihoi_clerks is not a valid user name";
        QTest::newRow("a user that exists")
            << QStringList{QStringLiteral("user"), QStringLiteral("URL"), QStringLiteral("EXISTING")}
            << "already exists";
        QTest::newRow("unknown user")
            << QStringList{QStringLiteral("grant"), QStringLiteral("URL"), QStringLiteral("nobody_here"),
                           QStringLiteral("--unit"), QStringLiteral("VH-01")}
            << "User: there is no user nobody_here";
        QTest::newRow("a role that is no clerk")
            << QStringList{QStringLiteral("grant"), QStringLiteral("URL"), QStringLiteral("daihoi_owner"),
                           QStringLiteral("--unit"), QStringLiteral("VH-01")}
            << "is not a clerk of the office";
        QTest::newRow("unknown unit")
            << QStringList{QStringLiteral("grant"), QStringLiteral("URL"), QStringLiteral("EXISTING"),
                           QStringLiteral("--unit"), QStringLiteral("XX-99")}
            << "Unit: no unit has the code XX-99";
        QTest::newRow("revoke what was never granted")
            << QStringList{QStringLiteral("revoke"), QStringLiteral("URL"), QStringLiteral("EXISTING"),
                           QStringLiteral("--unit"), QStringLiteral("UBND")}
            << "has no grant on UBND";
        QTest::newRow("a clerk granting themselves")
            << QStringList{QStringLiteral("grant"), QStringLiteral("CLERK_URL"), QStringLiteral("EXISTING"),
                           QStringLiteral("--unit"), QStringLiteral("VH-01")}
            << "Only an administrator of the office";
        QTest::newRow("a clerk adding a user")
            << QStringList{QStringLiteral("user"), QStringLiteral("CLERK_URL"), QStringLiteral("new_one")}
            << "Only an administrator of the office";
    }

    void refusalsNameWhatIsWrongAndChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        static QString existing;
        if (existing.isEmpty()) {
            existing = name("existing_clerk");
            QCOMPARE(addUser(existing, "d").exitCode, 0);
        }
        const QString fingerprint =
            QStringLiteral("SELECT (SELECT count(*) FROM pg_roles) || '/' ||"
                           " (SELECT count(*) || ':' || coalesce(string_agg(login || unit_id"
                           " || may_write, ','), '') FROM office_grants)");
        const auto state = [&]() {
            Database db;
            QString error;
            if (!db.openServer(m_url, &error))
                return error;
            QSqlQuery query(db.connection());
            return query.exec(fingerprint) && query.next() ? query.value(0).toString()
                                                           : query.lastError().text();
        };
        const QString before = state();
        for (QString &arg : args) {
            if (arg == QLatin1String("URL"))
                arg = m_url;
            else if (arg == QLatin1String("CLERK_URL"))
                arg = urlAs(existing);
            else if (arg == QLatin1String("EXISTING"))
                arg = existing;
            message.replace(QLatin1String("EXISTING"), existing);
        }
        const CliRunner::Result run = cli(QStringList{QStringLiteral("office")} + args, "e\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(state(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliOfficeUsers)
#include "tst_cli_office_users.moc"
