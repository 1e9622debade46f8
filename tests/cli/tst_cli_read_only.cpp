#include "CliRunner.h"
#include "PgTestServer.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// A database written by a newer daihoi: this program reads it (summary, export) and refuses to change it.
using namespace daihoi;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool setVersion(QSqlDatabase db, int version)
{
    return QSqlQuery(db).exec(QStringLiteral("UPDATE schema_info SET version = %1").arg(version));
}

} // namespace

class TestCliReadOnly : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_future;
    CliRunner m_cli;

    CliRunner::Result cli(const QStringList &args) { return m_cli.run(args); }

    QStringList summary(const QString &database)
    {
        const CliRunner::Result run = cli({QStringLiteral("summary"), database, QStringLiteral("--unit"),
                                           QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022-2025")});
        return {QString::number(run.exitCode), run.out, run.err};
    }

    CliRunner::Result exportTo(const QString &database, const QString &folder)
    {
        return cli({QStringLiteral("export"), database, QStringLiteral("--unit"), QStringLiteral("VH"),
                    QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--out"), folder});
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        m_future = m_dir.filePath(QStringLiteral("future.db"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--force"), m_demo}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--force"), m_future}).exitCode, 0);
        // A newer daihoi has been at it: a version this program has never heard of, and a column of its own.
        Database db;
        QString error;
        QVERIFY2(db.openSqlite(m_future, &error), qPrintable(error));
        QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("ALTER TABLE congresses ADD COLUMN weather TEXT")));
        QVERIFY(setVersion(db.connection(), 99));
        QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }

    void readCommandsWork()
    {
        const QByteArray before = fileHash(m_future);
        const QStringList future = summary(m_future);
        QVERIFY2(future.first() == QLatin1String("0"), qPrintable(future.at(2)));
        QCOMPARE(future, summary(m_demo));

        QTemporaryDir fromFuture;
        QTemporaryDir fromDemo;
        const CliRunner::Result exported = exportTo(m_future, fromFuture.path());
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exportTo(m_demo, fromDemo.path()).exitCode, 0);
        QFile a(fromFuture.filePath(QStringLiteral("congresses.csv")));
        QFile b(fromDemo.filePath(QStringLiteral("congresses.csv")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
        QCOMPARE(fileHash(m_future), before);
    }

    void writeCommandsRefuseNamingTheVersion()
    {
        QTemporaryDir exported;
        QCOMPARE(exportTo(m_demo, exported.path()).exitCode, 0);
        const QByteArray before = fileHash(m_future);
        const CliRunner::Result import
            = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), m_future, exported.path()});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QStringLiteral("newer version")) && import.err.contains(QStringLiteral("99")),
                 qPrintable(import.err));
        QCOMPARE(fileHash(m_future), before);
    }

    void theDatabaseItselfRefusesWrites()
    {
        Database db;
        QString error;
        QVERIFY2(db.openSqlite(m_future, &error), qPrintable(error));
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.schemaVersion(), 99);
        QVERIFY(db.readOnlyReason().contains(QStringLiteral("99")));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM units")) && query.next());
        QVERIFY(query.value(0).toInt() > 0);
        QVERIFY(!query.exec(QStringLiteral("UPDATE units SET name = 'x'")));
    }

    void aNewerOfficeOnTheServerIsReadOnly()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        PgTestServer server;
        QString error;
        const QString url = server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("init"), url}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("copy"), m_demo, url}).exitCode, 0);
        {
            Database admin;
            QVERIFY2(admin.connectServer(url, &error), qPrintable(error));
            QVERIFY(setVersion(admin.connection(), 99));
        }
        QCOMPARE(summary(url), summary(m_demo));
        QTemporaryDir exported;
        QCOMPARE(exportTo(m_demo, exported.path()).exitCode, 0);
        const CliRunner::Result import = cli({QStringLiteral("import"), url, exported.path()});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QStringLiteral("99")), qPrintable(import.err));

        Database db;
        QVERIFY2(db.openServer(url, &error), qPrintable(error));
        QVERIFY(db.isReadOnly());
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE units SET name = 'x'")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("read-only")), qPrintable(query.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestCliReadOnly)
#include "tst_cli_read_only.moc"
