#include "PgTestServer.h"
#include "services/AppSettings.h"
#include "exchange/Exporter.h"
#include "exchange/ImportOptions.h"
#include "exchange/ImportResult.h"
#include "exchange/Importer.h"
#include "services/DemoDatabaseBuilder.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "storage/ElectionRepository.h"
#include "storage/HistoryRepository.h"
#include "storage/OfficeCopier.h"
#include "storage/OfficeSetup.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <algorithm>
#include <memory>

// The database itself records every insert, update and delete with who made it, on SQLite and PostgreSQL.
using namespace daihoi;

// The PostgreSQL rows of a backend-driven test are skipped on a machine without a server.
#define SKIP_WITHOUT_SERVER()                                                                                       \
    do {                                                                                                            \
        QFETCH(QString, backend);                                                                                   \
        if (backend == QLatin1String("postgresql"))                                                                 \
            DAIHOI_REQUIRE_PG_SERVER();                                                                             \
    } while (false)

class TestChangeHistory : public QObject
{
    Q_OBJECT
private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh database of the backend named in the test's data row, and the login it records.
    bool openBackend(Database *db, QString *login)
    {
        QFETCH(QString, backend);
        QString error;
        if (backend == QLatin1String("sqlite")) {
            *login = QStringLiteral("Nguyễn Văn A");
            AppSettings().setClerkName(*login);
            const bool ok = db->open(m_dir.filePath(QStringLiteral("h%1.db").arg(++m_files)), &error);
            if (!ok)
                qWarning() << error;
            return ok;
        }
        const QString url = m_server.createDatabase(&error);
        bool refused = false;
        if (url.isEmpty() || !db->connectServer(url, &error)
            || !OfficeSetup::initialize(db->connection(), url, &error, &refused) || !db->open(url, &error)) {
            qWarning() << error;
            return false;
        }
        *login = QUrl(url).userName();
        return true;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    static qint64 count(QSqlDatabase db, const QString &where)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM change_history WHERE ") + where) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // A unit, a term and a planned congress at "Hội trường A".
    static bool addCongress(QSqlDatabase db, Congress *congress, QString *error)
    {
        Unit unit;
        unit.code = QStringLiteral("VH-01");
        unit.name = QStringLiteral("Chi bộ Tổ dân phố số 1");
        Term term;
        term.startYear = 2022;
        term.endYear = 2025;
        if (!UnitRepository(db).add(&unit, error) || !TermRepository(db).add(&term, error))
            return false;
        congress->unitId = unit.id;
        congress->termId = term.id;
        congress->place = QStringLiteral("Hội trường A");
        congress->guests = {{QStringLiteral("Trần Thị B"), QStringLiteral("Phó Bí thư Đảng ủy")}};
        return CongressRepository(db).save(congress, error);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void insertUpdateAndDeleteAreRecorded_data() { backends(); }
    void insertUpdateAndDeleteAreRecorded()
    {
        SKIP_WITHOUT_SERVER();
        Database db;
        QString login;
        QVERIFY(openBackend(&db, &login));
        QString error;
        Congress congress;
        QVERIFY2(addCongress(db.connection(), &congress, &error), qPrintable(error));
        congress.place = QStringLiteral("Nhà văn hoá khu 3");
        QVERIFY2(CongressRepository(db.connection()).save(&congress, &error), qPrintable(error));

        QList<HistoryEntry> entries;
        QVERIFY2(HistoryRepository(db.connection()).forCongress(congress.id, 0, 100, &entries, &error),
                 qPrintable(error));
        QVERIFY(!entries.isEmpty());
        // Newest first; the save rewrote the guest list after the congress row.
        const auto isCongress = [](const HistoryEntry &e) { return e.table == QLatin1String("congresses"); };
        const HistoryEntry update = *std::find_if(entries.cbegin(), entries.cend(), isCongress);
        QCOMPARE(update.table, QStringLiteral("congresses"));
        QCOMPARE(update.action, QStringLiteral("update"));
        QCOMPARE(update.login, login);
        QCOMPARE(update.rowId, congress.id);
        QCOMPARE(update.unitId, congress.unitId);
        QCOMPARE(update.oldRow.value(QStringLiteral("place")).toString(), QStringLiteral("Hội trường A"));
        QCOMPARE(update.newRow.value(QStringLiteral("place")).toString(), QStringLiteral("Nhà văn hoá khu 3"));
        QVERIFY(qAbs(update.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        const HistoryEntry insert = *std::find_if(entries.crbegin(), entries.crend(), isCongress);
        QCOMPARE(insert.action, QStringLiteral("insert"));
        QCOMPARE(insert.table, QStringLiteral("congresses"));
        QVERIFY(insert.oldRow.isEmpty());
        QCOMPARE(insert.newRow.value(QStringLiteral("place")).toString(), QStringLiteral("Hội trường A"));
        // The guest is filed under the congress and its unit too: entered, then rewritten by the second save.
        QCOMPARE(count(db.connection(), QStringLiteral("table_name = 'congress_guests' AND action = 'insert' AND "
                                                       "congress_id = %1 AND unit_id = %2")
                                            .arg(congress.id)
                                            .arg(congress.unitId)),
                 2);

        QVERIFY2(CongressRepository(db.connection()).remove(congress.id, &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT login, unit_id, old_row FROM change_history WHERE"
                                          " table_name = 'congresses' AND action = 'delete'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), login);
        QCOMPARE(query.value(1).toLongLong(), congress.unitId);
        QVERIFY(query.value(2).toString().contains(QStringLiteral("Nhà văn hoá khu 3")));
    }

    void anUpdateThatChangesNothingRecordsNothing_data() { backends(); }
    void anUpdateThatChangesNothingRecordsNothing()
    {
        SKIP_WITHOUT_SERVER();
        Database db;
        QString login;
        QVERIFY(openBackend(&db, &login));
        QString error;
        Congress congress;
        QVERIFY2(addCongress(db.connection(), &congress, &error), qPrintable(error));
        const qint64 before = count(db.connection(), QStringLiteral("1 = 1"));
        QVERIFY2(CongressRepository(db.connection()).save(&congress, &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE units SET name = name")));
        QCOMPARE(count(db.connection(), QStringLiteral("table_name IN ('congresses', 'units')")), 2);
        QCOMPARE(count(db.connection(), QStringLiteral("action = 'update'")), 0);
        // The guests a save rewrites come back the same; the history holds each removal and re-entry.
        QVERIFY(count(db.connection(), QStringLiteral("1 = 1")) >= before);
    }

    void aCascadeStaysWithItsCongress_data() { backends(); }
    void aCascadeStaysWithItsCongress()
    {
        SKIP_WITHOUT_SERVER();
        Database db;
        QString login;
        QVERIFY(openBackend(&db, &login));
        QString error;
        QVERIFY2(DemoDatabaseBuilder::build(db.connection(), &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT c.id, c.unit_id FROM congresses c JOIN elections e ON"
                                          " e.congress_id = c.id ORDER BY c.id LIMIT 1")));
        QVERIFY(query.next());
        const qint64 congressId = query.value(0).toLongLong();
        const qint64 unitId = query.value(1).toLongLong();
        query.finish();
        QVERIFY2(CongressRepository(db.connection()).remove(congressId, &error), qPrintable(error));
        // Rounds and candidates went with their elections, their parents already gone, yet they are filed
        // under the congress and its unit.
        for (const QString &table : {QStringLiteral("elections"), QStringLiteral("election_rounds"),
                                     QStringLiteral("round_candidates")}) {
            QVERIFY2(count(db.connection(), QStringLiteral("table_name = '%1' AND action = 'delete' AND"
                                                           " congress_id = %2 AND unit_id = %3")
                                                .arg(table)
                                                .arg(congressId)
                                                .arg(unitId))
                         > 0,
                     qPrintable(table));
        }
        QCOMPARE(count(db.connection(), QStringLiteral("action = 'delete' AND (congress_id IS NULL OR unit_id IS NULL)"
                                                       " AND table_name <> 'people'")),
                 0);
    }

    // The committee above imports a unit's export: per-row history there doubled the import's time on a
    // file, so the file records the package (who, which unit and term, the export's date), and on the
    // server, where nobody may skip the history, every row.
    void anImportIsRecorded_data() { backends(); }
    void anImportIsRecorded()
    {
        SKIP_WITHOUT_SERVER();
        QString error;
        const QString folder = m_dir.filePath(QStringLiteral("export-%1").arg(++m_files));
        {
            Database demo;
            QVERIFY2(demo.open(m_dir.filePath(QStringLiteral("demo%1.db").arg(m_files)), &error), qPrintable(error));
            QVERIFY2(DemoDatabaseBuilder::build(demo.connection(), &error), qPrintable(error));
            QVERIFY2(Exporter(demo.connection()).run(QStringLiteral("VH"), 2022, 2025, folder, {}, nullptr, &error),
                     qPrintable(error));
        }
        Database db;
        QString login;
        QVERIFY(openBackend(&db, &login));
        ImportResult result;
        QStringList errors;
        QVERIFY2(Importer(db.connection()).run({folder}, ImportOptions(), nullptr, &result, &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT login, unit_id, new_row FROM change_history"
                                          " WHERE table_name = 'exchange_imports' AND action = 'insert'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), login);
        QVERIFY(query.value(1).toLongLong() > 0);
        QVERIFY2(query.value(2).toString().contains(QStringLiteral("\"VH\"")), qPrintable(query.value(2).toString()));
        QFETCH(QString, backend);
        const qint64 unitRows = count(db.connection(), QStringLiteral("table_name = 'units'"));
        if (backend == QLatin1String("sqlite"))
            QCOMPARE(unitRows, 0);
        else
            QVERIFY(unitRows > 20);
        // The clerk's own edits afterwards are recorded row by row again.
        QVERIFY(query.exec(QStringLiteral("UPDATE units SET name = 'Chi bộ mới' WHERE code = 'VH-01'")));
        QCOMPARE(count(db.connection(), QStringLiteral("table_name = 'units' AND action = 'update'")), 1);
    }

    // `office copy` brings a file's history to the server, and adds none for the rows it copies.
    void anOfficeCopyKeepsTheHistory()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        AppSettings().setClerkName(QStringLiteral("Nguyễn Văn A"));
        QString error;
        Database file;
        QVERIFY2(file.open(m_dir.filePath(QStringLiteral("copy.db")), &error), qPrintable(error));
        QVERIFY2(DemoDatabaseBuilder::build(file.connection(), &error), qPrintable(error));
        const qint64 recorded = count(file.connection(), QStringLiteral("1 = 1"));
        QVERIFY(recorded > 100);
        const QString url = m_server.createDatabase(&error);
        Database server;
        bool refused = false;
        QVERIFY2(server.connectServer(url, &error), qPrintable(error));
        QVERIFY2(OfficeSetup::initialize(server.connection(), url, &error, &refused), qPrintable(error));
        QVERIFY2(server.open(url, &error), qPrintable(error));
        QVERIFY2(OfficeCopier::copy(file.connection(), server.connection(), url, &error, &refused), qPrintable(error));
        QCOMPARE(count(server.connection(), QStringLiteral("1 = 1")), recorded);
        QSqlQuery query(server.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT login, new_row->>'place' FROM change_history WHERE"
                                          " table_name = 'congresses' AND new_row->>'place' <> '' ORDER BY id LIMIT 1"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Nguyễn Văn A"));
        QVERIFY(!query.value(1).toString().isEmpty());
        // The copy's setting ended with its transaction: the next change is recorded.
        QVERIFY(query.exec(QStringLiteral("UPDATE units SET name = 'x' WHERE id = (SELECT MIN(id) FROM units)")));
        QCOMPARE(count(server.connection(), QStringLiteral("1 = 1")), recorded + 1);
    }

    void aClerkCannotChangeOrSkipTheHistory()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        QString error;
        const QString url = m_server.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        {
            Database admin;
            bool refused = false;
            QVERIFY2(admin.connectServer(url, &error), qPrintable(error));
            QVERIFY2(OfficeSetup::initialize(admin.connection(), url, &error, &refused), qPrintable(error));
            QVERIFY2(admin.open(url, &error), qPrintable(error));
            Congress congress;
            QVERIFY2(addCongress(admin.connection(), &congress, &error), qPrintable(error));
        }
        const QString clerk = QStringLiteral("clerk_history_%1").arg(QCoreApplication::applicationPid());
        QUrl clerkUrl(url);
        clerkUrl.setUserName(clerk);
        QVERIFY2(m_server.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE daihoi_clerks").arg(clerk), &error),
                 qPrintable(error));
        Database admin;
        QVERIFY2(admin.connectServer(url, &error), qPrintable(error));
        QSqlQuery grant(admin.connection());
        // The clerk may write the congress's unit; the office's row-level rights do the rest.
        QVERIFY2(grant.exec(QStringLiteral("INSERT INTO office_grants (login, unit_id, may_write)"
                                           " SELECT '%1', unit_id, true FROM congresses")
                                .arg(clerk)),
                 qPrintable(grant.lastError().text()));

        Database db;
        QVERIFY2(db.openServer(clerkUrl.toString(), &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM change_history")) && query.next());
        const qint64 before = query.value(0).toLongLong();
        QVERIFY(before > 0);
        for (const QString &forbidden :
             {QStringLiteral("UPDATE change_history SET login = 'someone else'"),
              QStringLiteral("DELETE FROM change_history"),
              QStringLiteral("INSERT INTO change_history (changed_at, login, table_name, row_id, action)"
                             " VALUES (now(), 'someone else', 'congresses', 1, 'update')"),
              QStringLiteral("TRUNCATE change_history"),
              QStringLiteral("ALTER TABLE congresses DISABLE TRIGGER daihoi_history")}) {
            QVERIFY2(!query.exec(forbidden), qPrintable(forbidden));
        }
        // The setting an administrator's copy uses does nothing for a clerk.
        QVERIFY(query.exec(QStringLiteral("SET daihoi.copying = 'on'")));
        QVERIFY2(query.exec(QStringLiteral("UPDATE congresses SET place = 'x'")), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT login, old_row->>'place', new_row->>'place' FROM change_history"
                                          " ORDER BY id DESC LIMIT 1"))
                && query.next());
        QCOMPARE(query.value(0).toString(), clerk);
        QCOMPARE(query.value(1).toString(), QStringLiteral("Hội trường A"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("x"));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM change_history")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), before + 1);
        db.close();
        m_server.exec(QStringLiteral("DROP OWNED BY %1").arg(clerk), &error);
    }
};

QTEST_GUILESS_MAIN(TestChangeHistory)
#include "tst_change_history.moc"
