#include "PgTestServer.h"
#include "services/DemoDatabaseBuilder.h"
#include "storage/Database.h"
#include "storage/OfficeSetup.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The storage layer writing to an office database on a real PostgreSQL server, row for row as on SQLite.
using namespace daihoi;

class TestOfficeDatabase : public QObject
{
    Q_OBJECT
private:
    PgTestServer m_server;
    QTemporaryDir m_dir;

    static QMap<QString, qint64> rowCounts(const QSqlDatabase &db)
    {
        QMap<QString, qint64> counts;
        for (const QString &table : db.tables()) {
            if (table.startsWith(QLatin1String("office_")))
                continue; // the server's own rights tables (OfficeRights), which a file has not
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && query.next())
                counts.insert(table, query.value(0).toLongLong());
        }
        return counts;
    }

private slots:
    void initTestCase() { DAIHOI_REQUIRE_PG_SERVER(); }

    void theDemoIsWrittenThroughTheRepositoriesAsOnSqlite()
    {
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        Database server;
        QVERIFY2(server.connectServer(url, &error), qPrintable(error));
        bool refused = false;
        QVERIFY2(OfficeSetup::initialize(server.connection(), url, &error, &refused), qPrintable(error));
        server.close();
        QVERIFY2(server.open(url, &error), qPrintable(error));
        QVERIFY2(DemoDatabaseBuilder::build(server.connection(), &error), qPrintable(error));

        Database file;
        QVERIFY2(file.open(m_dir.filePath(QStringLiteral("demo.db")), &error), qPrintable(error));
        QVERIFY2(DemoDatabaseBuilder::build(file.connection(), &error), qPrintable(error));

        const QMap<QString, qint64> onServer = rowCounts(server.connection());
        QCOMPARE(onServer.value(QStringLiteral("units")), 53);
        QCOMPARE(onServer, rowCounts(file.connection()));
    }

    void aNetworkAddressNeedsEncryption()
    {
        Database db;
        QString error;
        QVERIFY(!db.open(QStringLiteral("postgresql://clerk@office.example/daihoi?sslmode=prefer"), &error));
        QVERIFY2(error.contains(QStringLiteral("sslmode=require")), qPrintable(error));
        QVERIFY(!db.open(QStringLiteral("postgresql://clerk@localhost/daihoi?password=x"), &error));
        QVERIFY2(error.contains(QStringLiteral("password")) && !error.contains(QStringLiteral("=x")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOfficeDatabase)
#include "tst_office_database.moc"
