#include "CliRunner.h"
#include "PgTestServer.h"
#include "storage/CommitteeRepository.h"
#include "storage/Database.h"
#include "storage/OfficeUsers.h"
#include "storage/UnitRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Rights enforced by PostgreSQL on the demo office: two real clerks' logins, each through a connection of
// their own (and through psql), granted only VH-01, one to write and one to read.
using namespace daihoi;

namespace {

// Every row outside VH-01's congresses, units and people, summed up: a write outside the grant changes it.
const char *const outsideFingerprint =
    "SELECT md5(string_agg(t, '|' ORDER BY t)) FROM ("
    " SELECT 'u' || u::text AS t FROM units u WHERE code <> 'VH-01'"
    " UNION ALL SELECT 'c' || c::text FROM congresses c JOIN units u ON u.id = c.unit_id WHERE u.code <> "
    "'VH-01'"
    " UNION ALL SELECT 'g' || g::text FROM congress_guests g JOIN congresses c ON c.id = g.congress_id"
    "   JOIN units u ON u.id = c.unit_id WHERE u.code <> 'VH-01'"
    " UNION ALL SELECT 'm' || m::text FROM committee_members m JOIN congresses c ON c.id = m.congress_id"
    "   JOIN units u ON u.id = c.unit_id WHERE u.code <> 'VH-01'"
    " UNION ALL SELECT 'p' || p::text FROM people p WHERE p.id IN (SELECT m.person_id FROM committee_members "
    "m"
    "   JOIN congresses c ON c.id = m.congress_id JOIN units u ON u.id = c.unit_id WHERE u.code <> 'VH-01')"
    " UNION ALL SELECT 'e' || e::text FROM elections e JOIN congresses c ON c.id = e.congress_id"
    "   JOIN units u ON u.id = c.unit_id WHERE u.code <> 'VH-01'"
    " UNION ALL SELECT 't' || t::text FROM terms t"
    " UNION ALL SELECT 'r' || r::text FROM unit_year_ratings r JOIN units u ON u.id = r.unit_id WHERE u.code "
    "<> 'VH-01'"
    " UNION ALL SELECT 's' || s::text FROM schema_info s"
    " UNION ALL SELECT 'o' || o::text FROM office_grants o) rows";

} // namespace

class TestOfficeRights : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    PgTestServer m_server;
    QString m_url;
    QString m_writer;
    QString m_reader;
    Database m_admin;
    Database m_writerDb;
    Database m_readerDb;

    static QString password(const QString &login) { return login + QStringLiteral("-Mật-khẩu'1"); }

    QString urlAs(const QString &login) const
    {
        QUrl url(m_url);
        url.setUserName(login);
        return url.toString();
    }

    // Connects as a clerk's own login with their password (the test server asks these roles for it).
    bool connectAs(Database &db, const QString &login, const QString &secret, QString *error) const
    {
        qputenv("PGPASSWORD", secret.toUtf8());
        const bool ok = db.openServer(urlAs(login), error);
        qunsetenv("PGPASSWORD");
        return ok;
    }

    QVariant scalar(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("failed: %1: %2").arg(sql, query.lastError().text());
        return query.value(0);
    }

    // Runs a statement as a clerk: the rows it changed, or -1 when the server refused it.
    static int affected(Database &db, const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().databaseText();
            return -1;
        }
        return query.isSelect() ? query.size() : query.numRowsAffected();
    }

    QString psql(const QString &login, const QString &secret, const QString &sql, int *exitCode)
    {
        return PgTestServer::psql(m_url, login, secret, sql, exitCode);
    }

private slots:
    void initTestCase()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(m_cli.run({QStringLiteral("demo"), QStringLiteral("--force"), demo}).exitCode, 0);
        QString error;
        m_url = m_server.createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        const CliRunner::Result init = m_cli.run({QStringLiteral("office"), QStringLiteral("init"), m_url});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const CliRunner::Result copy =
            m_cli.run({QStringLiteral("office"), QStringLiteral("copy"), demo, m_url});
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));

        // Roles are the server's: names of this run's own. Members of daihoi_test_passwords must give
        // their password (tools/pg-test-server.sh), so a wrong one is refused as on a real server.
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        m_writer = QStringLiteral("rights_writer_") + suffix;
        m_reader = QStringLiteral("rights_reader_") + suffix;
        m_server.exec(QStringLiteral("CREATE ROLE daihoi_test_passwords NOLOGIN"),
                      &error); // may exist already
        QVERIFY2(m_admin.openServer(m_url, &error), qPrintable(error));
        OfficeUsers users(m_admin.connection());
        for (const QString &login : {m_writer, m_reader}) {
            QVERIFY2(users.addUser(login, password(login), false, &error), qPrintable(error));
            QVERIFY2(m_server.exec(QStringLiteral("GRANT daihoi_test_passwords TO %1").arg(login), &error),
                     qPrintable(error));
        }
        QVERIFY2(users.grant(m_writer, QStringLiteral("VH-01"), false, &error), qPrintable(error));
        QVERIFY2(users.grant(m_reader, QStringLiteral("VH-01"), true, &error), qPrintable(error));
        QVERIFY2(connectAs(m_writerDb, m_writer, password(m_writer), &error), qPrintable(error));
        QVERIFY2(connectAs(m_readerDb, m_reader, password(m_reader), &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_writerDb.close();
        m_readerDb.close();
        QString error;
        for (const QString &login : {m_writer, m_reader}) {
            if (!login.isEmpty())
                m_server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), &error);
        }
    }

    void aWrongPasswordIsRefused()
    {
        Database db;
        QString error;
        QVERIFY(!connectAs(db, m_writer, QStringLiteral("wrong"), &error));
        QVERIFY2(error.contains(QStringLiteral("refused the user name or password")), qPrintable(error));
    }

    void eachClerkReadsOnlyTheGrantedUnit_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("expected"); // the rows of VH-01, counted by the superuser
        const QString vh01 = QStringLiteral("(SELECT id FROM units WHERE code = 'VH-01')");
        const QString congresses = QStringLiteral("(SELECT id FROM congresses WHERE unit_id = %1)").arg(vh01);
        QTest::newRow("units") << "units"
                               << "SELECT 1";
        QTest::newRow("congresses")
            << "congresses" << QStringLiteral("SELECT count(*) FROM congresses WHERE unit_id = %1").arg(vh01);
        for (const char *table : {"elections", "committee_members", "congress_guests", "congress_people",
                                  "congress_targets", "congress_directions"})
            QTest::newRow(table) << table
                                 << QStringLiteral("SELECT count(*) FROM %1 WHERE congress_id IN %2")
                                        .arg(QLatin1String(table), congresses);
        QTest::newRow("election_rounds")
            << "election_rounds"
            << QStringLiteral("SELECT count(*) FROM election_rounds WHERE election_id IN (SELECT id FROM "
                              "elections WHERE congress_id IN %1)")
                   .arg(congresses);
        QTest::newRow("people")
            << "people"
            << QStringLiteral(
                   "SELECT count(DISTINCT person_id) FROM committee_members WHERE congress_id IN %1")
                   .arg(congresses);
        QTest::newRow("unit_year_ratings")
            << "unit_year_ratings"
            << QStringLiteral("SELECT count(*) FROM unit_year_ratings WHERE unit_id = %1").arg(vh01);
        QTest::newRow("unit_words")
            << "unit_words" << QStringLiteral("SELECT count(*) FROM unit_words WHERE unit_id = %1").arg(vh01);
        QTest::newRow("terms: shared by all") << "terms"
                                              << "SELECT count(*) FROM terms";
        QTest::newRow("office_grants: their own") << "office_grants"
                                                  << "SELECT 1";
    }

    void eachClerkReadsOnlyTheGrantedUnit()
    {
        QFETCH(QString, table);
        QFETCH(QString, expected);
        const qint64 count = scalar(m_admin, expected).toLongLong();
        QVERIFY(scalar(m_admin, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong() >= count);
        for (Database *clerk : {&m_writerDb, &m_readerDb})
            QCOMPARE(scalar(*clerk, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong(),
                     count);
    }

    void aClerkUpdatingEveryCongressChangesOnlyVh01s()
    {
        const QString before = scalar(m_admin, QString::fromLatin1(outsideFingerprint)).toString();
        const int vh01 =
            scalar(m_admin,
                   QStringLiteral("SELECT count(*) FROM congresses c JOIN units u ON u.id = c.unit_id"
                                  " WHERE u.code = 'VH-01'"))
                .toInt();
        QCOMPARE(vh01, 2);
        QCOMPARE(affected(m_writerDb, QStringLiteral("UPDATE congresses SET place = 'x'")), vh01);
        QCOMPARE(scalar(m_admin, QStringLiteral("SELECT count(*) FROM congresses WHERE place = 'x'")).toInt(),
                 vh01);
        QCOMPARE(scalar(m_admin, QString::fromLatin1(outsideFingerprint)).toString(), before);
        // The read-only clerk changes nothing at all, VH-01's rows included.
        QCOMPARE(affected(m_readerDb, QStringLiteral("UPDATE congresses SET place = 'y'")), 0);
        QCOMPARE(scalar(m_admin, QStringLiteral("SELECT count(*) FROM congresses WHERE place = 'y'")).toInt(),
                 0);
    }

    void writesOutsideTheGrantFailOrChangeNothing_data()
    {
        QTest::addColumn<bool>("reader"); // as the read-only clerk, else as the writer
        QTest::addColumn<QString>("sql");
        const QString vh02Congress =
            QStringLiteral("(SELECT c.id FROM congresses c JOIN units u ON u.id = c.unit_id"
                           " WHERE u.code = 'VH-02' LIMIT 1)");
        const QString vh01Congress =
            QStringLiteral("(SELECT c.id FROM congresses c JOIN units u ON u.id = c.unit_id"
                           " WHERE u.code = 'VH-01' LIMIT 1)");
        const QString vh01 = QStringLiteral("(SELECT id FROM units WHERE code = 'VH-01')");
        const QString vh01Congresses =
            QStringLiteral("(SELECT id FROM congresses WHERE unit_id = %1)").arg(vh01);
        for (const bool reader : {false, true}) {
            const QString who = reader ? QStringLiteral("read-only: ") : QStringLiteral("writer: ");
            const auto row = [&](const char *name, const QString &sql) {
                QTest::newRow(qPrintable(who + QLatin1String(name))) << reader << sql;
            };
            // Everything, for the read-only clerk; everything but VH-01's own rows, for the writer.
            const auto except = [reader](const QString &condition) {
                return reader ? QString() : QStringLiteral(" WHERE ") + condition;
            };
            row("rename VH", QStringLiteral("UPDATE units SET name = 'x' WHERE code = 'VH'"));
            row("rename every unit but VH-01",
                QStringLiteral("UPDATE units SET name = 'x' WHERE code <> 'VH-01'"));
            row("add a unit under VH",
                QStringLiteral("INSERT INTO units (parent_id, code, name, level) VALUES"
                               " (1, 'VH-99', 'x', 'branch')"));
            row("add a top unit",
                QStringLiteral("INSERT INTO units (code, name, level) VALUES ('TOP', 'x', 'branch')"));
            row("move VH-01 under UBND", QStringLiteral("UPDATE units SET parent_id = (SELECT id FROM units "
                                                        "WHERE code = 'UBND') WHERE code = 'VH-01'"));
            row("delete every congress",
                QStringLiteral("DELETE FROM congresses") + except(QStringLiteral("unit_id <> %1").arg(vh01)));
            row("congress for VH-02",
                QStringLiteral("INSERT INTO congresses (unit_id, term_id, status, kind) VALUES"
                               " (3, (SELECT max(id) FROM terms), 'planned', 'regular')"));
            row("move a congress to VH-02",
                QStringLiteral("UPDATE congresses SET unit_id = 3 WHERE id = %1").arg(vh01Congress));
            row("guest at VH-02's congress",
                QStringLiteral("INSERT INTO congress_guests (congress_id, position, name)"
                               " VALUES (%1, 9, 'x')")
                    .arg(vh02Congress));
            row("delete every committee member",
                QStringLiteral("DELETE FROM committee_members") +
                    except(QStringLiteral("congress_id NOT IN %1").arg(vh01Congresses)));
            row("rename every person",
                QStringLiteral("UPDATE people SET full_name = 'x'") +
                    except(QStringLiteral(
                               "id NOT IN (SELECT person_id FROM committee_members WHERE congress_id IN %1)")
                               .arg(vh01Congresses)));
            row("delete every election",
                QStringLiteral("DELETE FROM elections") +
                    except(QStringLiteral("congress_id NOT IN %1").arg(vh01Congresses)));
            row("change every round",
                QStringLiteral("UPDATE election_rounds SET seats = 99") +
                    except(QStringLiteral(
                               "election_id NOT IN (SELECT id FROM elections WHERE congress_id IN %1)")
                               .arg(vh01Congresses)));
            row("change every vote",
                QStringLiteral("UPDATE round_candidates SET votes = 0") +
                    except(QStringLiteral(
                               "round_id NOT IN (SELECT r.id FROM election_rounds r JOIN elections e ON"
                               " e.id = r.election_id WHERE e.congress_id IN %1)")
                               .arg(vh01Congresses)));
            row("delete every rating", QStringLiteral("DELETE FROM unit_year_ratings") +
                                           except(QStringLiteral("unit_id <> %1").arg(vh01)));
            row("delete a term", QStringLiteral("DELETE FROM terms"));
            row("rename a term", QStringLiteral("UPDATE terms SET end_year = end_year + 1"));
            row("grant oneself VH",
                QStringLiteral("INSERT INTO office_grants VALUES (session_user, 1, true)"));
            row("widen one's grant", QStringLiteral("UPDATE office_grants SET unit_id = 1"));
            row("change the schema version", QStringLiteral("UPDATE schema_info SET version = 99"));
            row("empty a table", QStringLiteral("TRUNCATE congresses CASCADE"));
            row("drop a table", QStringLiteral("DROP TABLE congress_guests CASCADE"));
            row("switch the rights off", QStringLiteral("ALTER TABLE congresses DISABLE ROW LEVEL SECURITY"));
            if (reader) {
                row("VH-01's congress", QStringLiteral("UPDATE congresses SET present = 1"));
                row("VH-01's guests",
                    QStringLiteral("INSERT INTO congress_guests (congress_id, position, name)"
                                   " VALUES (%1, 9, 'x')")
                        .arg(vh01Congress));
                row("VH-01's committee", QStringLiteral("DELETE FROM committee_members"));
                row("a new term",
                    QStringLiteral("INSERT INTO terms (start_year, end_year) VALUES (2090, 2095)"));
                row("rename VH-01", QStringLiteral("UPDATE units SET name = 'x'"));
            }
        }
    }

    void writesOutsideTheGrantFailOrChangeNothing()
    {
        QFETCH(bool, reader);
        QFETCH(QString, sql);
        const QString everything =
            QStringLiteral("SELECT md5(string_agg(t, '|' ORDER BY t)) FROM (SELECT c::text AS t FROM"
                           " congresses c UNION ALL SELECT u::text FROM units u UNION ALL SELECT"
                           " g::text FROM congress_guests g) rows");
        const QString outside = scalar(m_admin, QString::fromLatin1(outsideFingerprint)).toString();
        const QString all = scalar(m_admin, everything).toString();
        Database &clerk = reader ? m_readerDb : m_writerDb;
        QString error;
        const int rows = affected(clerk, sql, &error);
        QVERIFY2(rows <= 0, qPrintable(QStringLiteral("%1 rows changed").arg(rows)));
        QCOMPARE(scalar(m_admin, QString::fromLatin1(outsideFingerprint)).toString(), outside);
        if (reader)
            QCOMPARE(scalar(m_admin, everything).toString(), all);
    }

    void theWriterEditsVh01sCommitteeThroughTheProgram()
    {
        // The program's own save: people are updated or added before the committee rows that name them.
        const qint64 congress =
            scalar(m_writerDb, QStringLiteral("SELECT max(congress_id) FROM committee_members")).toLongLong();
        CommitteeRepository committees(m_writerDb.connection());
        QList<CommitteeMember> members;
        QString error;
        QVERIFY2(committees.members(congress, &members, &error), qPrintable(error));
        QVERIFY(!members.isEmpty());
        members.first().person.fullName = QStringLiteral("Nguyễn Thị Sửa");
        CommitteeMember added = members.last();
        added.id = 0;
        added.person.id = 0;
        added.person.fullName = QStringLiteral("Trần Văn Mới");
        added.role = CommitteeRole::Member;
        members.append(added);
        const QString outside = scalar(m_admin, QString::fromLatin1(outsideFingerprint)).toString();
        QVERIFY2(committees.replace(congress, &members, &error), qPrintable(error));
        QList<CommitteeMember> saved;
        QVERIFY2(committees.members(congress, &saved, &error), qPrintable(error));
        QCOMPARE(saved.size(), members.size());
        QCOMPARE(saved.first().person.fullName, QStringLiteral("Nguyễn Thị Sửa"));
        QCOMPARE(saved.last().person.fullName, QStringLiteral("Trần Văn Mới"));
        QCOMPARE(scalar(m_admin, QString::fromLatin1(outsideFingerprint)).toString(), outside);
        // The new person is VH-01's: the read-only clerk sees them, and the record of who is being written
        // does not outlive the save.
        QCOMPARE(
            scalar(m_readerDb, QStringLiteral("SELECT count(*) FROM people WHERE full_name = 'Trần Văn Mới'"))
                .toInt(),
            1);
        QCOMPARE(scalar(m_admin, QStringLiteral("SELECT count(*) FROM office_people_in_writing")).toInt(), 0);
        // and the read-only clerk cannot save the same committee.
        CommitteeRepository asReader(m_readerDb.connection());
        QVERIFY(!asReader.replace(congress, &saved, &error));
        QCOMPARE(
            scalar(m_admin, QStringLiteral("SELECT count(*) FROM people WHERE full_name = 'Trần Văn Mới'"))
                .toInt(),
            1);
    }

    void aClerkSeesTheGrantedUnitAtTheTopOfTheTree()
    {
        UnitRepository units(m_writerDb.connection());
        QList<Unit> roots;
        QString error;
        QVERIFY2(units.children(0, 0, 100, &roots, &error), qPrintable(error));
        QCOMPARE(roots.size(), 1);
        QCOMPARE(roots.first().code, QStringLiteral("VH-01"));
        int count = 0;
        QVERIFY2(units.childCount(0, &count, &error), qPrintable(error));
        QCOMPARE(count, 1);
        QList<qint64> path;
        QVERIFY2(units.pathTo(roots.first().id, &path, &error), qPrintable(error));
        QCOMPARE(path, QList<qint64>{roots.first().id});
        // The administrator sees the whole tree from its real top.
        QList<Unit> all;
        QVERIFY2(UnitRepository(m_admin.connection()).children(0, 0, 100, &all, &error), qPrintable(error));
        QVERIFY(all.size() > 1);
        QCOMPARE(all.first().code, QStringLiteral("VH"));
    }

    void aWriterAddsAUnitUnderTheirCommitteeThroughTheProgram()
    {
        // VH-01 is a branch, which holds no units; the writer is also given the committee UBND for this.
        OfficeUsers users(m_admin.connection());
        QString error;
        QVERIFY2(users.grant(m_writer, QStringLiteral("UBND"), false, &error), qPrintable(error));
        Unit ubnd;
        QVERIFY(UnitRepository(m_writerDb.connection()).byCode(QStringLiteral("UBND"), &ubnd, &error));
        Unit added;
        added.parentId = ubnd.id;
        added.code = QStringLiteral("UBND-99");
        added.name = QStringLiteral("Chi bộ mới");
        added.level = UnitLevel::Branch;
        QVERIFY2(UnitRepository(m_writerDb.connection()).add(&added, &error), qPrintable(error));
        QVERIFY(added.id > 0);
        QList<Unit> children;
        QVERIFY2(UnitRepository(m_writerDb.connection()).children(ubnd.id, 0, 100, &children, &error),
                 qPrintable(error));
        QCOMPARE(children.last().code, QStringLiteral("UBND-99"));
        // Not under VH, which the writer may not write, and nothing the read-only clerk sees.
        Unit outside = added;
        outside.id = 0;
        outside.parentId = 1;
        outside.code = QStringLiteral("VH-98");
        QVERIFY(!UnitRepository(m_writerDb.connection()).add(&outside, &error));
        QCOMPARE(scalar(m_admin, QStringLiteral("SELECT count(*) FROM units WHERE code = 'VH-98'")).toInt(),
                 0);
        Unit seen;
        QVERIFY(!UnitRepository(m_readerDb.connection()).byCode(QStringLiteral("UBND-99"), &seen, &error));
        QVERIFY2(users.revoke(m_writer, QStringLiteral("UBND"), &error), qPrintable(error));
        QVERIFY(!UnitRepository(m_writerDb.connection()).byCode(QStringLiteral("UBND-99"), &seen, &error));
    }

    void psqlUnderTheClerksOwnLoginSeesAndChangesOnlyVh01()
    {
        int exitCode = 0;
        QCOMPARE(
            psql(m_writer, password(m_writer), QStringLiteral("SELECT count(*) FROM congresses"), &exitCode),
            QStringLiteral("2"));
        QCOMPARE(exitCode, 0);
        const QString before = scalar(m_admin, QString::fromLatin1(outsideFingerprint)).toString();
        QCOMPARE(psql(m_writer, password(m_writer), QStringLiteral("UPDATE congresses SET place = 'psql'"),
                      &exitCode),
                 QStringLiteral("UPDATE 2"));
        QCOMPARE(psql(m_reader, password(m_reader), QStringLiteral("UPDATE congresses SET place = 'x'"),
                      &exitCode),
                 QStringLiteral("UPDATE 0"));
        QCOMPARE(scalar(m_admin, QString::fromLatin1(outsideFingerprint)).toString(), before);
        const QString refused =
            psql(m_writer, QStringLiteral("guess"), QStringLiteral("SELECT 1"), &exitCode);
        QVERIFY(exitCode != 0);
        QVERIFY2(refused.contains(QStringLiteral("password authentication failed")), qPrintable(refused));
    }

    void theHistoryCannotBeChangedByAClerk()
    {
        if (scalar(m_admin, QStringLiteral("SELECT to_regclass('public.change_history') IS NULL")).toBool())
            QSKIP("This build has no change_history table yet (it comes with the history of changes); its "
                  "policy is "
                  "installed by OfficeRights once the table exists.");
        const qint64 rows =
            scalar(m_admin, QStringLiteral("SELECT count(*) FROM change_history")).toLongLong();
        int exitCode = 0;
        for (const QString &login : {m_writer, m_reader}) {
            const QString deleted =
                psql(login, password(login), QStringLiteral("DELETE FROM change_history"), &exitCode);
            QVERIFY2(deleted == QLatin1String("DELETE 0") || exitCode != 0, qPrintable(deleted));
            psql(login, password(login), QStringLiteral("UPDATE change_history SET login = 'x'"), &exitCode);
            psql(login, password(login), QStringLiteral("TRUNCATE change_history"), &exitCode);
            QVERIFY(exitCode != 0);
        }
        QCOMPARE(scalar(m_admin, QStringLiteral("SELECT count(*) FROM change_history")).toLongLong(), rows);
        QCOMPARE(scalar(m_admin, QStringLiteral("SELECT count(*) FROM change_history WHERE login = 'x'"))
                     .toLongLong(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestOfficeRights)
#include "tst_office_rights.moc"
