#include "TestDatabase.h"
#include "Version6Schema.h"
#include "storage/CommitteeRepository.h"
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

    // Version 6: gender may be unknown. A version 5 database keeps every person's recorded details.
    void version5DatabaseKeepsItsPeople()
    {
        QVERIFY(SchemaMigrator::currentVersion() >= 6);
        TestDatabase test;
        QVERIFY(test.openDemo());
        auto people = [&test]() {
            QSqlQuery query(test.connection());
            query.exec(QStringLiteral("SELECT id, full_name, gender, ethnicity FROM people ORDER BY id"));
            QStringList rows;
            while (query.next())
                rows.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toString()}
                                .join(QLatin1Char('|')));
            return rows;
        };
        const QStringList before = people();
        QVERIFY(before.size() > 100);
        for (const QString &row : before) // the demo records everyone's gender and ethnicity
            QVERIFY2(!row.contains(QStringLiteral("||")) && !row.endsWith(QLatin1Char('|')), qPrintable(row));
        {
            QSqlQuery query(test.connection());
            QVERIFY(dropVersion7(test.connection()));
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_info SET version = 5")));
        }
        test.db().close();
        QVERIFY(test.open());
        int version = 0;
        QString error;
        QSqlDatabase db = test.connection();
        QVERIFY(SchemaMigrator::readVersion(db, &version, &error));
        QCOMPARE(version, SchemaMigrator::currentVersion());
        QCOMPARE(people(), before);

        // An unknown gender and ethnicity are stored and read back as unknown, never as male or Kinh.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT congress_id FROM committee_members LIMIT 1")) && query.next());
        const qint64 congressId = query.value(0).toLongLong();
        query.finish();
        CommitteeRepository committees(db);
        QList<CommitteeMember> members;
        QVERIFY(committees.members(congressId, &members, &error));
        CommitteeMember added;
        added.person.fullName = QStringLiteral("Lê Thị Hoa");
        members.append(added);
        QVERIFY2(committees.replace(congressId, &members, &error), qPrintable(error));
        QVERIFY(committees.members(congressId, &members, &error));
        QCOMPARE(members.last().person.fullName, QStringLiteral("Lê Thị Hoa"));
        QCOMPARE(members.last().person.gender, Gender::Unknown);
        QVERIFY(members.last().person.ethnicity.isEmpty());
    }

    void newerDatabaseOpensReadOnlyAndIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        writeDatabaseWithVersion(path, SchemaMigrator::currentVersion() + 5);
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        {
            // GnuCash's rule: an older program shows a newer program's database and changes nothing in it.
            Database db;
            QString error;
            QVERIFY2(db.openSqlite(path, &error), qPrintable(error));
            QVERIFY(db.isReadOnly());
            const QString reason = db.readOnlyReason();
            QVERIFY2(reason.contains(QString::number(SchemaMigrator::currentVersion() + 5)), qPrintable(reason));
            QVERIFY2(reason.contains(QStringLiteral("newer")), qPrintable(reason));
            QVERIFY(!QSqlQuery(db.connection()).exec(QStringLiteral("INSERT INTO future_things DEFAULT VALUES")));
        }
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
