#include "PgTestServer.h"
#include "TestDatabase.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"
#include "storage/OfficeNotifications.h"
#include "storage/OfficeSetup.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

// Two clerks on one office database, each with a connection of their own: what one commits reaches the
// other's listener within 2 s, and the listener lives through the server dropping its connections.
using namespace daihoi;

class TestChangeListener : public QObject
{
    Q_OBJECT
private:
    PgTestServer m_server;
    QString m_url;

    static bool run(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }
    static qint64 number(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    static DataChange changeAt(const QSignalSpy &spy, int i) { return spy.at(i).at(0).value<DataChange>(); }

private slots:
    void initTestCase()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        QString error;
        m_url = TestDatabase::demoOffice(m_server, &error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    }

    void aSavedChangeReachesTheOtherClerkWithItsTableRowAndUnit()
    {
        Database mine, other;
        QString error;
        QVERIFY2(mine.open(m_url, &error), qPrintable(error));
        QVERIFY2(other.open(m_url, &error), qPrintable(error));
        ChangeListener listener;
        QVERIFY2(listener.start(&mine, &error), qPrintable(error));
        QSignalSpy changed(&listener, &ChangeListener::changed);

        const qint64 congress = number(other, QStringLiteral("SELECT min(id) FROM congresses"));
        const qint64 unit =
            number(other, QStringLiteral("SELECT unit_id FROM congresses WHERE id = %1").arg(congress));
        QVERIFY(congress > 0 && unit > 0);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(
            run(other,
                QStringLiteral("UPDATE congresses SET place = 'Hội trường B' WHERE id = %1").arg(congress)));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
        QVERIFY(clock.elapsed() < 2000);
        const DataChange change = changeAt(changed, 0);
        QCOMPARE(change.table, QStringLiteral("congresses"));
        QCOMPARE(change.operation, QStringLiteral("UPDATE"));
        QCOMPARE(change.rowId, congress);
        QCOMPARE(change.unitId, unit);
        QCOMPARE(change.congressId, congress);

        // A guest belongs to the congress's unit; a statement writing several rows sends one notification.
        changed.clear();
        QVERIFY(run(other,
                    QStringLiteral("INSERT INTO congress_guests (congress_id, position, name, title) VALUES"
                                   " (%1, 90, 'Nguyễn Văn A', ''), (%1, 91, 'Trần Thị B', '')")
                        .arg(congress)));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changeAt(changed, 0).table, QStringLiteral("congress_guests"));
        QCOMPARE(changeAt(changed, 0).operation, QStringLiteral("INSERT"));
        QCOMPARE(changeAt(changed, 0).rowId, 0);
        QCOMPARE(changeAt(changed, 0).unitId, unit);
        QCOMPARE(changeAt(changed, 0).congressId, congress);
    }

    void theClerksOwnChangesAreNotEchoed()
    {
        Database mine, other;
        QString error;
        QVERIFY2(mine.open(m_url, &error), qPrintable(error));
        QVERIFY2(other.open(m_url, &error), qPrintable(error));
        ChangeListener listener;
        QVERIFY2(listener.start(&mine, &error), qPrintable(error));
        QSignalSpy changed(&listener, &ChangeListener::changed);
        QVERIFY(run(mine, QStringLiteral(
                              "UPDATE units SET name = name || ' ' WHERE id = (SELECT min(id) FROM units)")));
        QVERIFY(run(
            other,
            QStringLiteral("UPDATE terms SET end_year = end_year WHERE id = (SELECT min(id) FROM terms)")));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changeAt(changed, 0).table, QStringLiteral("terms"));
    }

    void aBulkWriteSendsAFewNotificationsNotOneARow()
    {
        Database mine, other;
        QString error;
        QVERIFY2(mine.open(m_url, &error), qPrintable(error));
        QVERIFY2(other.open(m_url, &error), qPrintable(error));
        ChangeListener listener;
        QVERIFY2(listener.start(&mine, &error), qPrintable(error));
        QSignalSpy changed(&listener, &ChangeListener::changed);
        // An import writes row by row in one transaction.
        QVERIFY(other.connection().transaction());
        QSqlQuery insert(other.connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO units (parent_id, code, name, level, position)"
                                              " VALUES (NULL, ?, ?, 'chi-bo', ?)")));
        for (int i = 0; i < 400; ++i) {
            insert.addBindValue(QStringLiteral("BULK-%1").arg(i));
            insert.addBindValue(QStringLiteral("Chi bộ %1").arg(i));
            insert.addBindValue(1000 + i);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(other.connection().commit());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0 && changeAt(changed, changed.count() - 1).everything(),
                                 2000);
        QTest::qWait(300);
        QCOMPARE(changed.count(), OfficeNotifications::PerTransaction + 1);
        QVERIFY(run(other, QStringLiteral("DELETE FROM units WHERE code LIKE 'BULK-%'")));
    }

    void reinstallingSendsEachChangeOnce()
    {
        Database mine, other;
        QString error;
        QVERIFY2(mine.open(m_url, &error), qPrintable(error));
        QVERIFY2(other.open(m_url, &error), qPrintable(error));
        // `office upgrade` installs the triggers again over the ones there.
        QVERIFY(run(other, QStringLiteral("SET ROLE %1").arg(OfficeSetup::ownerRole())));
        QVERIFY2(OfficeNotifications::install(other.connection(), &error), qPrintable(error));
        QVERIFY2(OfficeNotifications::install(other.connection(), &error), qPrintable(error));
        QVERIFY(run(other, QStringLiteral("RESET ROLE")));
        ChangeListener listener;
        QVERIFY2(listener.start(&mine, &error), qPrintable(error));
        QSignalSpy changed(&listener, &ChangeListener::changed);
        QVERIFY(run(
            other,
            QStringLiteral(
                "UPDATE congresses SET place = 'Nhà văn hóa' WHERE id = (SELECT max(id) FROM congresses)")));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 1);
    }

    void theListenerAndTheConnectionComeBackAfterTheServerDropsThem()
    {
        Database mine, other;
        QString error;
        QVERIFY2(mine.open(m_url, &error), qPrintable(error));
        QVERIFY2(other.open(m_url, &error), qPrintable(error));
        ChangeListener listener;
        QVERIFY2(listener.start(&mine, &error), qPrintable(error));
        QSignalSpy lost(&listener, &ChangeListener::connectionLost);
        QSignalSpy restored(&listener, &ChangeListener::connectionRestored);
        QSignalSpy changed(&listener, &ChangeListener::changed);

        // The administrator ends every connection to the office database (as a server restart does).
        const QString name = QUrl(m_url).path().mid(1);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(m_server.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                              " WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                   .arg(name),
                               &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 10000);
        QVERIFY(clock.elapsed() < 10000);
        QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 1, 10000);
        QVERIFY(listener.isConnected());
        // The clerk's own connection was opened again: it reads and writes.
        QVERIFY(number(mine, QStringLiteral("SELECT count(*) FROM units")) > 0);

        QVERIFY2(other.reconnect(&error), qPrintable(error));
        changed.clear();
        QVERIFY(
            run(other,
                QStringLiteral(
                    "UPDATE congresses SET place = 'Trụ sở' WHERE id = (SELECT min(id) FROM congresses)")));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
        QCOMPARE(changeAt(changed, 0).table, QStringLiteral("congresses"));
    }

    void theConnectionAloneDroppedIsOpenedAgainWithoutABanner()
    {
        Database mine, other;
        QString error;
        QVERIFY2(mine.open(m_url, &error), qPrintable(error));
        ChangeListener listener;
        QVERIFY2(listener.start(&mine, &error), qPrintable(error));
        QSignalSpy lost(&listener, &ChangeListener::connectionLost);
        const qint64 pid = number(mine, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY2(m_server.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(number(mine, QStringLiteral("SELECT pg_backend_pid()")) > 0, 10000);
        QVERIFY(number(mine, QStringLiteral("SELECT pg_backend_pid()")) != pid);
        QCOMPARE(lost.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeListener)
#include "tst_change_listener.moc"
