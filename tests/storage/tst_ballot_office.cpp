#include "BallotTestSupport.h"
#include "PgTestServer.h"
#include "services/DemoDatabaseBuilder.h"
#include "storage/ChangeListener.h"
#include "storage/OfficeCopier.h"
#include "storage/OfficeUsers.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

// The ballot-by-ballot count on an office server (the _pg run): the rights of the congress's unit, the
// notifications the other operators' windows hear, and `office copy` both ways.
using namespace daihoi;
using namespace daihoi::ballottest;

class TestBallotOffice : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (!TestDatabase::onServer())
            QSKIP("The office server's own behaviour: run in tst_ballot_office_pg");
    }

    // On an office server the database itself keeps the rights: the congress's unit decides who reads and
    // writes.
    void theServerKeepsTheRightsOfTheUnit()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const qint64 election = electionOf(test).id;
        BallotRepository asAdmin(test.connection());
        enterBatchThree(asAdmin, election);
        const BallotCounting stored = loaded(test.connection(), election);

        PgTestServer server;
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const QString reader = QStringLiteral("ballot_reader_") + suffix;
        const QString writer = QStringLiteral("ballot_writer_") + suffix;
        const QString stranger = QStringLiteral("ballot_stranger_") + suffix;
        QString error;
        OfficeUsers users(test.connection());
        for (const QString &login : {reader, writer, stranger}) {
            server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), &error);
            QVERIFY2(users.addUser(login, QStringLiteral("mật-khẩu-%1").arg(login), false, &error),
                     qPrintable(error));
        }
        QVERIFY2(users.grant(reader, QStringLiteral("VH-01"), true, &error), qPrintable(error));
        QVERIFY2(users.grant(writer, QStringLiteral("VH-01"), false, &error), qPrintable(error));
        QVERIFY2(users.grant(stranger, QStringLiteral("VH-02"), false, &error), qPrintable(error));
        const auto connectAs = [&test](Database &db, const QString &login, QString *why) {
            QUrl url(test.path());
            url.setUserName(login);
            return db.openServer(url.toString(), why);
        };
        {
            Database readerDb;
            QVERIFY2(connectAs(readerDb, reader, &error), qPrintable(error));
            QCOMPARE(described(loaded(readerDb.connection(), election)), described(stored));
            BallotRepository ballots(readerDb.connection());
            QVERIFY(!ballots.saveBallot(election, 1, 3, ha, ballot(3, 1, QStringLiteral("KKS")), &error));
            QVERIFY2(error.startsWith(
                         QStringLiteral("The office server refused to save ballots of this congress: your "
                                        "login may only read it.")),
                     qPrintable(error));
            // A ballot of an entry already open, replaced: the server finds no row it may change.
            QVERIFY(!ballots.saveBallot(election, 1, 1, binh, ballot(3, 1, QStringLiteral("SSS")), &error));
            QVERIFY2(error.startsWith(QStringLiteral("The office server refused")), qPrintable(error));
            QVERIFY(!ballots.choose(election, 2, 50, &error));
            QVERIFY2(error.startsWith(QStringLiteral("The office server refused")), qPrintable(error));
            QVERIFY(!ballots.removeEntry(election, 1, 3, 2, &error));
            QVERIFY2(error.startsWith(QStringLiteral("The office server refused")), qPrintable(error));
            // Straight SQL fares no better.
            QSqlQuery query(readerDb.connection());
            QVERIFY(!query.exec(
                QStringLiteral("INSERT INTO ballot_countings (election_id, round_number, batch_size) "
                               "VALUES (%1, 3, 50)")
                    .arg(election)));
        }
        QCOMPARE(described(loaded(test.connection(), election)), described(stored));
        QCOMPARE(rowsOf(test.connection(), QStringLiteral("SELECT COUNT(*) FROM ballot_corrections")), 0);
        {
            Database strangerDb;
            QVERIFY2(connectAs(strangerDb, stranger, &error), qPrintable(error));
            const BallotCounting seen = loaded(strangerDb.connection(), election);
            QVERIFY(!seen.chosen);
            QVERIFY(seen.batches.isEmpty());
            QCOMPARE(rowsOf(strangerDb.connection(), QStringLiteral("SELECT COUNT(*) FROM entered_ballots")),
                     0);
            QVERIFY(!BallotRepository(strangerDb.connection())
                         .saveBallot(election, 1, 3, ha, ballot(3, 1, QStringLiteral("KKS")), &error));
        }
        {
            // The unit's own clerk enters, corrects and removes; the log's corrections stay theirs to read
            // only.
            Database writerDb;
            QVERIFY2(connectAs(writerDb, writer, &error), qPrintable(error));
            BallotRepository ballots(writerDb.connection());
            QVERIFY2(ballots.saveBallot(election, 1, 3, ha, ballot(3, 1, QStringLiteral("KKS")), &error),
                     qPrintable(error));
            QVERIFY2(ballots.saveBallot(election, 1, 3, ha, ballot(3, 1, QStringLiteral("KSS")), &error),
                     qPrintable(error));
            QVERIFY2(ballots.removeEntry(election, 1, 3, 2, &error), qPrintable(error));
            QCOMPARE(describedCorrections(loaded(writerDb.connection(), election)).size(), 2);
            QSqlQuery query(writerDb.connection());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM ballot_corrections")));
            QCOMPARE(query.numRowsAffected(), 0);
        }
        QCOMPARE(rowsOf(test.connection(), QStringLiteral("SELECT COUNT(*) FROM ballot_corrections")), 2);
        for (const QString &login : {reader, writer, stranger})
            server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), &error);
    }

    // The hall screen and the other operators' windows hear each ballot saved, filed under the congress.
    void anotherClerkHearsEachBallot()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Election election = electionOf(test);
        const qint64 unit = rowsOf(
            test.connection(),
            QStringLiteral("SELECT c.unit_id FROM congresses c WHERE c.id = %1").arg(election.congressId));
        QString error;
        ChangeListener listener;
        QVERIFY2(listener.start(&test.db(), &error), qPrintable(error));
        QSignalSpy changed(&listener, &ChangeListener::changed);
        Database other;
        QVERIFY2(other.open(test.path(), &error), qPrintable(error));
        BallotRepository ballots(other.connection());
        QVERIFY2(ballots.choose(election.id, 1, 50, &error), qPrintable(error));
        QVERIFY2(ballots.saveBallot(election.id, 1, 1, binh, ballot(1, 1, QStringLiteral("KK")), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 3, 2000);
        QStringList tables;
        for (const QList<QVariant> &signal : changed) {
            const DataChange change = signal.at(0).value<DataChange>();
            tables.append(change.table);
            QCOMPARE(change.congressId, election.congressId);
            QCOMPARE(change.unitId, unit);
        }
        QCOMPARE(tables, QStringList({QStringLiteral("ballot_countings"), QStringLiteral("ballot_entries"),
                                      QStringLiteral("entered_ballots")}));
        changed.clear();
        QVERIFY2(ballots.saveBallot(election.id, 1, 1, binh, ballot(1, 2, QStringLiteral("KS")), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
        QCOMPARE(changed.first().at(0).value<DataChange>().table, QStringLiteral("entered_ballots"));
        QCOMPARE(changed.first().at(0).value<DataChange>().operation, QStringLiteral("INSERT"));
    }

    // `office copy` carries a file's count to the server, and the server's to a new file, ids and all.
    void anOfficeCopyCarriesTheCount()
    {
        QTemporaryDir dir;
        QString error;
        Database file;
        QVERIFY2(file.open(dir.filePath(QStringLiteral("count.db")), &error), qPrintable(error));
        QVERIFY2(DemoDatabaseBuilder::build(file.connection(), &error), qPrintable(error));
        const qint64 election = rowsOf(file.connection(), QStringLiteral("SELECT MIN(id) FROM elections"));
        BallotRepository onFile(file.connection());
        enterBatchThree(onFile, election);
        QVERIFY2(onFile.saveBallot(election, 1, 2, cuc, ballot(3, 1, QStringLiteral("KSS")), &error),
                 qPrintable(error));
        const BallotCounting counted = loaded(file.connection(), election);

        TestDatabase office;
        QVERIFY(office.open());
        bool refused = false;
        QVERIFY2(OfficeCopier::copy(file.connection(), office.connection(), office.path(), &error, &refused),
                 qPrintable(error));
        const BallotCounting onServer = loaded(office.connection(), election);
        QCOMPARE(described(onServer), described(counted));
        QCOMPARE(describedCorrections(onServer), describedCorrections(counted));
        QCOMPARE(onServer.corrections.value(3).first().correctedAt,
                 counted.corrections.value(3).first().correctedAt);
        // The server numbers new entries and corrections after the copied ones.
        BallotRepository server(office.connection());
        QVERIFY2(server.saveBallot(election, 1, 3, ha, ballot(3, 1, QStringLiteral("KKK")), &error),
                 qPrintable(error));
        QVERIFY2(server.saveBallot(election, 1, 3, ha, ballot(3, 1, QStringLiteral("KKS")), &error),
                 qPrintable(error));

        Database back;
        QVERIFY2(back.open(dir.filePath(QStringLiteral("back.db")), &error), qPrintable(error));
        QVERIFY2(
            OfficeCopier::copy(office.connection(), back.connection(), back.location(), &error, &refused),
            qPrintable(error));
        QCOMPARE(described(loaded(back.connection(), election)),
                 described(loaded(office.connection(), election)));
        QCOMPARE(describedCorrections(loaded(back.connection(), election)).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBallotOffice)
#include "tst_ballot_office.moc"
