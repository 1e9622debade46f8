#include "BallotTestSupport.h"
#include "Version6Schema.h"
#include "services/HistoryFormatter.h"
#include "services/HistoryItem.h"
#include "storage/HistoryRepository.h"
#include "storage/OfficeUpgrade.h"
#include "storage/SchemaMigrator.h"

#include <QSqlQuery>
#include <QtTest>

// The ballot-by-ballot count as stored (schema version 10), on SQLite and, in the _pg run, on an office
// server.
using namespace daihoi;
using namespace daihoi::ballottest;

class TestBallotRepository : public QObject
{
    Q_OBJECT
private:
    // One database for the refusals: a refusal writes nothing (each row checks that), so the rows share it
    // instead of building the demo a dozen times.
    std::unique_ptr<TestDatabase> m_refusing;
    qint64 m_refusingElection = 0;

    TestDatabase &refusing()
    {
        if (!m_refusing) {
            m_refusing = std::make_unique<TestDatabase>();
            if (!m_refusing->openDemo())
                qFatal("cannot open the demo");
            m_refusingElection = electionOf(*m_refusing).id;
            BallotRepository ballots(m_refusing->connection());
            enterBatchThree(ballots, m_refusingElection);
        }
        return *m_refusing;
    }

private slots:
    void cleanupTestCase() { m_refusing.reset(); }

    void passesAndBallotsComeBackInOrder()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Election election = electionOf(test);
        QVERIFY(election.id > 0);
        BallotRepository ballots(test.connection());
        QString error;
        QVERIFY(!loaded(test.connection(), election.id).chosen);
        QVERIFY2(ballots.choose(election.id, 1, 5, &error), qPrintable(error));
        // Saved out of order: entry 2 before entry 1, ballot 3 before ballot 1, batch 2 before batch 1.
        QVERIFY2(ballots.saveBallot(election.id, 1, 1, binh, ballot(2, 4, QStringLiteral("AD")), &error),
                 qPrintable(error));
        QVERIFY2(ballots.saveBallot(election.id, 1, 2, cuc, ballot(1, 3, QStringLiteral("KSK")), &error),
                 qPrintable(error));
        QVERIFY2(ballots.saveBallot(election.id, 1, 2, cuc, ballot(1, 1, QStringLiteral("KKS")), &error),
                 qPrintable(error));
        QVERIFY2(ballots.saveBallot(election.id, 1, 1, binh, ballot(1, 1, QStringLiteral("KKS")), &error),
                 qPrintable(error));
        // Declared invalid by the board: kept without the marks typed before the reason was chosen.
        QVERIFY2(ballots.saveBallot(election.id, 1, 1, binh,
                                    ballot(1, 3, QStringLiteral("KSK"), BallotInvalidReason::NotIssued),
                                    &error),
                 qPrintable(error));
        QVERIFY2(ballots.saveBallot(election.id, 1, 3, ha, ballot(1, 5, QStringLiteral("BN")), &error),
                 qPrintable(error));

        const BallotCounting counting = loaded(test.connection(), election.id);
        QVERIFY(counting.chosen);
        QCOMPARE(counting.batchSize, 5);
        QCOMPARE(described(counting), QStringList({QStringLiteral("1/1 Lê Văn Bình: 1=KKS 3=not-issued"),
                                                   QStringLiteral("1/2 Trần Thị Cúc: 1=KKS 3=KSK"),
                                                   QStringLiteral("1/3 Phạm Thu Hà: 5=BN"),
                                                   QStringLiteral("2/1 Lê Văn Bình: 4=AD")}));
        const EnteredBallot invalid = counting.batches.value(1).first().ballots.at(1);
        QCOMPARE(invalid.declaredInvalid, BallotInvalidReason::NotIssued);
        QCOMPARE(invalid.marks, QString());
        QCOMPARE(invalid.batch, 1);
        // Saved just now, in UTC.
        QVERIFY(qAbs(invalid.enteredAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(invalid.enteredAt.timeSpec(), Qt::UTC);
        QVERIFY(counting.corrections.isEmpty());

        QList<int> rounds;
        QVERIFY(ballots.countedRounds(election.id, &rounds, &error));
        QCOMPARE(rounds, QList<int>{1});
        // Another round of the same election is untouched.
        QVERIFY(!loaded(test.connection(), election.id, 2).chosen);
        QVERIFY(loaded(test.connection(), election.id, 2).batches.isEmpty());
    }

    void refusedBallots_data()
    {
        QTest::addColumn<int>("round");
        QTest::addColumn<int>("pass");
        QTest::addColumn<QString>("operatorName");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("marks");
        QTest::addColumn<int>("declared");
        QTest::addColumn<QString>("refusal");
        const int none = int(BallotInvalidReason::None);
        QTest::newRow("round not chosen") << 2 << 1 << ha << 1 << 1 << "KK" << none
                                          << "Round 2 is not counted ballot by ballot; choose that first.";
        QTest::newRow("batch 0") << 1 << 3 << ha << 0 << 1 << "KK" << none
                                 << "Batch 0: batches are numbered from 1.";
        QTest::newRow("ballot 0") << 1 << 3 << ha << 3 << 0 << "KK" << none
                                  << "Ballot 0 of batch 3: ballots of a batch are numbered from 1 to 10.";
        QTest::newRow("ballot past the batch")
            << 1 << 3 << ha << 3 << 11 << "KK" << none
            << "Ballot 11 of batch 3: ballots of a batch are numbered from 1 to 10.";
        QTest::newRow("entry 0")
            << 1 << 0 << ha << 3 << 1 << "KK" << none
            << "Entry 0 of batch 3: a batch is entered at most 3 times (entries 1 to 3).";
        QTest::newRow("entry 4")
            << 1 << 4 << ha << 3 << 1 << "KK" << none
            << "Entry 4 of batch 3: a batch is entered at most 3 times (entries 1 to 3).";
        QTest::newRow("no operator") << 1 << 3 << "  " << 3 << 1 << "KK" << none
                                     << "Entry 3 of batch 3: the operator's name is missing.";
        QTest::newRow("entry of another operator")
            << 1 << 1 << ha << 3 << 3 << "KK" << none
            << "Entry 1 of batch 3 is entered by Lê Văn Bình; Phạm Thu Hà cannot enter ballots in it.";
        QTest::newRow("same operator, another entry") << 1 << 3 << binh << 3 << 1 << "KK" << none
                                                      << "Lê Văn Bình already entered batch 3 as entry 1; "
                                                         "entries of a batch must be by different operators.";
        QTest::newRow("same operator in other letters")
            << 1 << 3 << QStringLiteral("  TRẦN  thị cúc ") << 3 << 1 << "KK" << none
            << "Trần Thị Cúc already entered batch 3 as entry 2; entries of a batch must be by different "
               "operators.";
        QTest::newRow("a letter that is no mark")
            << 1 << 3 << ha << 3 << 1 << "KX" << none
            << "Ballot 1 of batch 3: the marks \"KX\" hold \"X\", which is no mark.";
        QTest::newRow("a reason the program judges")
            << 1 << 3 << ha << 3 << 1 << "" << int(BallotInvalidReason::TooManyKept)
            << "Ballot 1 of batch 3: the program judges \"more names kept than seats\" from the marks; the "
               "board "
               "declares only what it sees on paper.";
    }

    void refusedBallots()
    {
        QFETCH(int, round);
        QFETCH(int, pass);
        QFETCH(QString, operatorName);
        QFETCH(int, batch);
        QFETCH(int, number);
        QFETCH(QString, marks);
        QFETCH(int, declared);
        QFETCH(QString, refusal);
        TestDatabase &test = refusing();
        const qint64 election = m_refusingElection;
        BallotRepository ballots(test.connection());
        const QStringList before = described(loaded(test.connection(), election, round));
        QString error;
        QVERIFY(!ballots.saveBallot(election, round, pass, operatorName,
                                    ballot(batch, number, marks, BallotInvalidReason(declared)), &error));
        QCOMPARE(error, refusal);
        // Nothing was written: not the entry, not a ballot, not a correction.
        QCOMPARE(described(loaded(test.connection(), election, round)), before);
        QCOMPARE(rowsOf(test.connection(), QStringLiteral("SELECT COUNT(*) FROM ballot_entries")), 2);
        QCOMPARE(rowsOf(test.connection(), QStringLiteral("SELECT COUNT(*) FROM ballot_corrections")), 0);
    }

    void refusedChoices_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("no ballot a batch") << 0 << "Batch size 0: a batch holds from 1 to 500 ballots.";
        QTest::newRow("more than 500") << 501 << "Batch size 501: a batch holds from 1 to 500 ballots.";
        QTest::newRow("another size once ballots are entered")
            << 20 << "Round 1: 3 ballots are entered in batches of 10; the batch size cannot change to 20.";
    }

    void refusedChoices()
    {
        QFETCH(int, batchSize);
        QFETCH(QString, refusal);
        TestDatabase &test = refusing();
        const qint64 election = m_refusingElection;
        BallotRepository ballots(test.connection());
        QString error;
        QVERIFY(!ballots.choose(election, 1, batchSize, &error));
        QCOMPARE(error, refusal);
        QCOMPARE(loaded(test.connection(), election).batchSize, 10);
        // The same size again changes nothing and is no error.
        QVERIFY2(ballots.choose(election, 1, 10, &error), qPrintable(error));
    }

    void goingBackToTotalsOnlyBeforeBallots()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const qint64 election = electionOf(test).id;
        BallotRepository ballots(test.connection());
        QString error;
        QVERIFY2(ballots.choose(election, 2, 50, &error), qPrintable(error));
        QVERIFY2(ballots.choose(election, 2, 25, &error), qPrintable(error)); // nothing entered yet
        QCOMPARE(loaded(test.connection(), election, 2).batchSize, 25);
        QVERIFY2(ballots.unchoose(election, 2, &error), qPrintable(error));
        QVERIFY(!loaded(test.connection(), election, 2).chosen);

        enterBatchThree(ballots, election);
        QVERIFY(!ballots.unchoose(election, 1, &error));
        QCOMPARE(error, QStringLiteral(
                            "Round 1: 3 ballots are entered one by one; remove their entries before typing "
                            "the totals instead."));
        QVERIFY(loaded(test.connection(), election).chosen);
        // Once the entries are removed the clerk may type the totals; the corrections stay for the entry log.
        QVERIFY2(ballots.removeEntry(election, 1, 3, 1, &error), qPrintable(error));
        QVERIFY2(ballots.removeEntry(election, 1, 3, 2, &error), qPrintable(error));
        QVERIFY2(ballots.unchoose(election, 1, &error), qPrintable(error));
        const BallotCounting after = loaded(test.connection(), election);
        QVERIFY(!after.chosen);
        QCOMPARE(describedCorrections(after).size(), 3);
    }

    void aReplacedBallotIsLoggedAsACorrection()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const qint64 election = electionOf(test).id;
        BallotRepository ballots(test.connection());
        enterBatchThree(ballots, election);
        QString error;
        // Saved again as it was: no correction.
        QVERIFY2(ballots.saveBallot(election, 1, 1, binh, ballot(3, 2, QStringLiteral("SKK")), &error),
                 qPrintable(error));
        QVERIFY(loaded(test.connection(), election).corrections.isEmpty());
        QVERIFY2(ballots.saveBallot(election, 1, 1, binh, ballot(3, 2, QStringLiteral("SKS")), &error),
                 qPrintable(error));
        QVERIFY2(ballots.saveBallot(election, 1, 1, binh,
                                    ballot(3, 2, QString(), BallotInvalidReason::Marked), &error),
                 qPrintable(error));
        const BallotCounting counting = loaded(test.connection(), election);
        QCOMPARE(described(counting).first(), QStringLiteral("3/1 Lê Văn Bình: 1=KKS 2=marked"));
        QCOMPARE(describedCorrections(counting),
                 QStringList({QStringLiteral("3/1 Lê Văn Bình #2: SKK -> SKS"),
                              QStringLiteral("3/1 Lê Văn Bình #2: SKS -> marked")}));
        const BallotCorrection first = counting.corrections.value(3).first();
        QCOMPARE(first.before.batch, 3);
        QCOMPARE(first.after.batch, 3);
        QCOMPARE(first.after.number, 2);
        QVERIFY(first.correctedAt.isValid());
        QVERIFY(first.correctedAt <= counting.corrections.value(3).last().correctedAt);
    }

    void aRemovedEntryLogsEachBallot()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const qint64 election = electionOf(test).id;
        BallotRepository ballots(test.connection());
        enterBatchThree(ballots, election);
        QString error;
        QVERIFY(!ballots.removeEntry(election, 1, 3, 3, &error));
        QCOMPARE(error, QStringLiteral("Batch 3 of round 1 has no entry 3."));
        QVERIFY2(ballots.removeEntry(election, 1, 3, 1, &error), qPrintable(error));
        BallotCounting counting = loaded(test.connection(), election);
        QCOMPARE(described(counting), QStringList{QStringLiteral("3/2 Trần Thị Cúc: 1=KKS")});
        QCOMPARE(describedCorrections(counting),
                 QStringList({QStringLiteral("3/1 Lê Văn Bình #1: KKS -> "),
                              QStringLiteral("3/1 Lê Văn Bình #2: SKK -> ")}));
        const EnteredBallot removed = counting.corrections.value(3).first().after;
        QCOMPARE(removed.number, 1);
        QCOMPARE(removed.declaredInvalid, BallotInvalidReason::None);
        QVERIFY(removed.marks.isEmpty());
        // The entry is free again, for another operator.
        QVERIFY2(ballots.saveBallot(election, 1, 1, ha, ballot(3, 1, QStringLiteral("KKS")), &error),
                 qPrintable(error));
        QCOMPARE(described(loaded(test.connection(), election)).first(),
                 QStringLiteral("3/1 Phạm Thu Hà: 1=KKS"));
    }

    void ballotsOutliveSavesOfTheElectionAndGoWithIt()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        Election election = electionOf(test);
        BallotRepository ballots(test.connection());
        enterBatchThree(ballots, election.id);
        QString error;
        QVERIFY2(ballots.saveBallot(election.id, 1, 2, cuc, ballot(3, 1, QStringLiteral("KSS")), &error),
                 qPrintable(error));
        const BallotCounting before = loaded(test.connection(), election.id);
        // Entering ballots is not a change of the election a clerk edits elsewhere: its version stays.
        const QString version =
            QStringLiteral("SELECT row_version FROM elections WHERE id = %1").arg(election.id);
        QCOMPARE(rowsOf(test.connection(), version), election.rowVersion);

        // The window saves the round through the election, which rewrites its rounds' rows.
        const QString roundIds =
            QStringLiteral("SELECT MIN(id) FROM election_rounds WHERE election_id = %1").arg(election.id);
        const int firstRoundId = rowsOf(test.connection(), roundIds);
        QVERIFY2(ElectionRepository(test.connection()).save(&election, &error), qPrintable(error));
        QVERIFY(rowsOf(test.connection(), roundIds) != firstRoundId);
        const BallotCounting after = loaded(test.connection(), election.id);
        QCOMPARE(described(after), described(before));
        QCOMPARE(describedCorrections(after), describedCorrections(before));
        QCOMPARE(after.batchSize, 10);

        // The change history files the ballots under the congress's unit, as it does the election's rows.
        QVERIFY(rowsOf(test.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM change_history h JOIN units u ON u.id = "
                                      "h.unit_id WHERE h.table_name = 'entered_ballots' AND u.code = "
                                      "'VH-01'")) >= 3);
        // …and names them as the clerk knows them, not by their tables.
        QList<HistoryEntry> history;
        QVERIFY2(HistoryRepository(test.connection()).forCongress(election.congressId, 0, 500, &history, &error),
                 qPrintable(error));
        QStringList subjects;
        for (const HistoryItem &item : HistoryFormatter::describe(history))
            subjects << item.subject;
        QVERIFY2(subjects.contains(QStringLiteral("Ballot 1 added")) && subjects.contains(QStringLiteral("Ballot entry batch 3, entry 1 added"))
                     && subjects.contains(QStringLiteral("Ballot correction batch 3, entry 2 added")),
                 qPrintable(subjects.join(QLatin1Char('\n'))));

        QVERIFY2(ElectionRepository(test.connection()).remove(election.id, &error), qPrintable(error));
        const BallotCounting gone = loaded(test.connection(), election.id);
        QVERIFY(!gone.chosen);
        QVERIFY(gone.batches.isEmpty());
        QVERIFY(gone.corrections.isEmpty());
        for (const char *table :
             {"ballot_countings", "ballot_entries", "entered_ballots", "ballot_corrections"})
            QCOMPARE(rowsOf(test.connection(),
                            QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                     0);
    }

    // Version 10 added the ballot tables: a version 9 database keeps its rows and counts ballots after
    // upgrading.
    void version9DatabaseKeepsItsData()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Election election = electionOf(test);
        const QString fingerprint =
            QStringLiteral("SELECT COUNT(*) * 1000 + SUM(ballots_valid) FROM election_rounds");
        const int rounds = rowsOf(test.connection(), fingerprint);
        QVERIFY(rounds > 1000);
        QVERIFY(dropVersion10(test.connection()));
        QVERIFY(QSqlQuery(test.connection()).exec(QStringLiteral("UPDATE schema_info SET version = 9")));
        test.db().close();
        QString error;
        if (TestDatabase::onServer()) {
            // An office is upgraded by its administrator, with nobody else connected.
            Database admin;
            QVERIFY2(admin.connectServer(test.path(), &error), qPrintable(error));
            QString message;
            QCOMPARE(OfficeUpgrade::run(admin.connection(), test.path(), &message),
                     OfficeUpgrade::Outcome::Upgraded);
            QVERIFY2(message.contains(QStringLiteral("from database version 9 to %1").arg(SchemaMigrator::currentVersion())),
                     qPrintable(message));
        }
        QVERIFY(test.open());
        int version = 0;
        QSqlDatabase db = test.connection();
        QVERIFY(SchemaMigrator::readVersion(db, &version, &error));
        QCOMPARE(version, SchemaMigrator::currentVersion());
        QCOMPARE(rowsOf(test.connection(), fingerprint), rounds);
        BallotRepository ballots(test.connection());
        enterBatchThree(ballots, election.id);
        QCOMPARE(described(loaded(test.connection(), election.id)).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBallotRepository)
#include "tst_ballot_repository.moc"
