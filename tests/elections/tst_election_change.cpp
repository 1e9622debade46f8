#include "domain/elections/ElectionChange.h"

#include <QtTest>

using namespace daihoi;

// Each undo entry names what it undoes: the difference between two versions of an election.
namespace {

Election base()
{
    Election e;
    e.id = 3;
    e.office = ElectionOffice::Committee;
    e.totalSeats = 3;
    ElectionRound round;
    round.seats = 3;
    round.ballots = {11, 11, 10, 1};
    round.candidates = {{QStringLiteral("Nguyễn Văn An"), 10}, {QStringLiteral("Lê Thị Hoa"), 6}};
    e.rounds.append(round);
    return e;
}

} // namespace

class TestElectionChange : public QObject
{
    Q_OBJECT
private slots:
    void describe_data()
    {
        QTest::addColumn<Election>("before");
        QTest::addColumn<Election>("after");
        QTest::addColumn<QString>("summary");

        Election added = base();
        added.rounds[0].candidates.append({QStringLiteral("Lê Thị Hoà"), 0});
        QTest::newRow("add candidate") << base() << added << QStringLiteral("Add candidate Lê Thị Hoà");

        Election removed = base();
        removed.rounds[0].candidates.removeFirst();
        QTest::newRow("remove candidate")
            << base() << removed << QStringLiteral("Remove candidate Nguyễn Văn An");

        Election renamed = base();
        renamed.rounds[0].candidates[1].name = QStringLiteral("Lê Thị Hòa");
        QTest::newRow("rename candidate")
            << base() << renamed << QStringLiteral("Rename candidate Lê Thị Hoa to Lê Thị Hòa");

        Election votes = base();
        votes.rounds[0].candidates[1].votes = 7;
        QTest::newRow("votes") << base() << votes << QStringLiteral("Votes of Lê Thị Hoa: 6 → 7");

        Election seats = base();
        seats.totalSeats = 5;
        seats.rounds[0].seats = 5;
        QTest::newRow("seats, named once") << base() << seats << QStringLiteral("Seats to elect: 3 → 5");

        Election ballots = base();
        ballots.rounds[0].ballots = {11, 11, 11, 0};
        QTest::newRow("ballots") << base() << ballots
                                 << QStringLiteral("Ballots: valid 10 → 11, invalid 1 → 0");

        Election fresh = base();
        fresh.rounds.clear();
        QTest::newRow("first round") << fresh << base()
                                     << QStringLiteral(
                                            "Add round 1; Add candidate Nguyễn Văn An; Add candidate Lê "
                                            "Thị Hoa");

        Election second = base();
        ElectionRound round2;
        round2.number = 2;
        round2.seats = 1;
        round2.ballots = {11, 11, 11, 0};
        round2.candidates = {{QStringLiteral("Lê Thị Hoa"), 0}};
        second.rounds.append(round2);
        QTest::newRow("another round") << base() << second << QStringLiteral("Add round 2");
        Election secondVotes = second;
        secondVotes.rounds[1].candidates[0].votes = 9;
        QTest::newRow("votes in round 2")
            << second << secondVotes << QStringLiteral("Round 2: Votes of Lê Thị Hoa: 0 → 9");

        Election many = base();
        many.totalSeats = 4;
        many.rounds[0].seats = 4;
        many.rounds[0].ballots.issued = 12;
        many.rounds[0].candidates[0].votes = 9;
        many.rounds[0].candidates[1].votes = 5;
        QTest::newRow("more than three changes")
            << base() << many
            << QStringLiteral(
                   "Seats to elect: 3 → 4; Ballots: issued 11 → 12; Votes of Nguyễn Văn An: 10 → 9 and 1 "
                   "more changes");
        QTest::newRow("nothing") << base() << base() << QStringLiteral("Edit the election");
    }
    void describe()
    {
        QFETCH(Election, before);
        QFETCH(Election, after);
        QFETCH(QString, summary);
        QCOMPARE(ElectionChange::summary(before, after), summary);
    }
};

QTEST_MAIN(TestElectionChange)
#include "tst_election_change.moc"
