#include "TestDatabase.h"
#include "storage/SchemaMigrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a raw SQLite file claiming the given schema version, the way a future daihoi would.
void writeDatabaseWithVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_info VALUES (%1)").arg(version)));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void emptyFileIsMigratedToTheCurrentVersion()
    {
        TestDatabase test;
        QVERIFY(test.open());
        QSqlDatabase db = test.connection();
        int version = -1;
        QString error;
        QVERIFY(SchemaMigrator::readVersion(db, &version, &error));
        QCOMPARE(version, SchemaMigrator::currentVersion());
        for (const QString &table : {QStringLiteral("units"), QStringLiteral("terms"), QStringLiteral("congresses"),
                                     QStringLiteral("congress_guests")})
            QVERIFY2(db.tables().contains(table), qPrintable(table));
        QSqlQuery pragma(db);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 1);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
        QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
        // 64 MiB of page cache (negative: in KiB); with SQLite's 2 MiB a national import re-reads its indexes.
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), -65536);
    }

    void reopeningKeepsTheData()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        test.db().close();
        QVERIFY(test.open());
        QSqlQuery query(test.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM units")) && query.next());
        QVERIFY(query.value(0).toInt() > 40);
    }

    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        writeDatabaseWithVersion(path, SchemaMigrator::currentVersion() + 5);
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        Database db;
        QString error;
        QVERIFY(!db.openSqlite(path, &error));
        QVERIFY2(error.contains(QString::number(SchemaMigrator::currentVersion() + 5)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void fileThatIsNotADatabaseIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Biên bản họp chi bộ — not a database\n").repeated(50));
        file.close();
        const QByteArray before = fileHash(path);
        Database db;
        QString error;
        QVERIFY(!db.openSqlite(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
