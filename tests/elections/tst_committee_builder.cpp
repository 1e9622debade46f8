#include "domain/committee/CommitteeBuilder.h"
#include "domain/committee/CompositionFigures.h"

#include <QtTest>

using namespace daihoi;

namespace {

Congress congress12()
{
    Congress c;
    c.id = 7;
    c.officialMembers = c.summoned = 12;
    c.exclusions.absentWithReason = 1;
    c.present = 11; // base 11, threshold 6
    c.heldFrom = QDate(2022, 8, 20);
    return c;
}

Election election(ElectionOffice office, int seats, const QList<CandidateVotes> &candidates, int valid = 11)
{
    Election e;
    e.congressId = 7;
    e.office = office;
    e.totalSeats = seats;
    ElectionRound round;
    round.seats = seats;
    round.ballots = {11, 11, valid, 11 - valid};
    round.candidates = candidates;
    e.rounds.append(round);
    return e;
}

Person person(const QString &name, int birthYear = 0, Gender gender = Gender::Male)
{
    Person p;
    p.fullName = name;
    p.birthYear = birthYear;
    p.gender = gender;
    return p;
}

} // namespace

Q_DECLARE_METATYPE(daihoi::ElectionOffice)

class TestCommitteeBuilder : public QObject
{
    Q_OBJECT
private slots:
    void committeeFromElections()
    {
        const QList<Election> elections = {
            election(ElectionOffice::Committee, 3,
                     {{QStringLiteral("Nguyễn Văn An"), 10}, {QStringLiteral("Trần Thị Bình"), 9},
                      {QStringLiteral("Lê Văn Cường"), 8}, {QStringLiteral("Phạm Thị Dung"), 5}}),
            election(ElectionOffice::Secretary, 1, {{QStringLiteral("Nguyễn Văn An"), 11}}),
            election(ElectionOffice::DeputySecretary, 1, {{QStringLiteral("Lê Văn Cường"), 10}}),
        };
        CommitteeMember known;
        known.person = person(QStringLiteral("Trần Thị Bình"), 1985, Gender::Female);
        known.person.id = 42;
        const QList<Person> previous = {person(QStringLiteral("nguyễn  văn an"), 0),
                                        person(QStringLiteral("Lê Văn Cường"), 1970)};
        const QList<CommitteeMember> members =
            CommitteeBuilder::build(congress12(), elections, {known}, previous);
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.at(0).person.fullName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(members.at(0).role, CommitteeRole::Secretary);
        QCOMPARE(members.at(0).percentHundredths, qint64(9091));
        QCOMPARE(members.at(0).rolePercentHundredths, qint64(10000));
        QVERIFY(members.at(0).reelected);
        QCOMPARE(members.at(1).role, CommitteeRole::DeputySecretary);
        QCOMPARE(members.at(1).rolePercentHundredths, qint64(9091));
        QVERIFY(members.at(1).reelected);
        QCOMPARE(members.at(2).person.id, qint64(42)); // details the clerk entered are kept
        QCOMPARE(members.at(2).person.gender, Gender::Female);
        QVERIFY(!members.at(2).reelected);
        QCOMPARE(CommitteeBuilder::seats(elections), 3);
    }

    void officeWinnerOutsideTheCommitteeAddsNobody_data()
    {
        QTest::addColumn<ElectionOffice>("office");
        QTest::addColumn<QString>("name");
        QTest::newRow("secretary typo") << ElectionOffice::Secretary << QStringLiteral("Lê Thi Hoa");
        QTest::newRow("deputy typo") << ElectionOffice::DeputySecretary << QStringLiteral("Tran Thi Binh");
        QTest::newRow("secretary not elected to it")
            << ElectionOffice::Secretary << QStringLiteral("Phạm Thị Dung");
    }
    void officeWinnerOutsideTheCommitteeAddsNobody()
    {
        QFETCH(ElectionOffice, office);
        QFETCH(QString, name);
        // Three seats filled; a Bí thư or Phó Bí thư whose name is not among them is no fourth member.
        const QList<Election> elections = {
            election(ElectionOffice::Committee, 3,
                     {{QStringLiteral("Nguyễn Văn An"), 10},
                      {QStringLiteral("Trần Thị Bình"), 9},
                      {QStringLiteral("Lê Thị Hoa"), 8},
                      {QStringLiteral("Phạm Thị Dung"), 5}}),
            election(office, 1, {{name, 11}}),
        };
        const QList<CommitteeMember> members = CommitteeBuilder::build(congress12(), elections, {}, {});
        QCOMPARE(members.size(), 3);
        for (const CommitteeMember &member : members) {
            QVERIFY(member.person.fullName != name);
            QCOMPARE(member.role, CommitteeRole::Member);
        }
    }

    void noCommitteeBelowNineMembers()
    {
        const QList<Election> elections = {
            election(ElectionOffice::Secretary, 1, {{QStringLiteral("Đỗ Văn Thắng"), 7}}),
        };
        const QList<CommitteeMember> members = CommitteeBuilder::build(congress12(), elections, {}, {});
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().role, CommitteeRole::Secretary);
        QCOMPARE(members.first().votes, 7);
        QCOMPARE(CommitteeBuilder::seats(elections), 1);
    }

    void appointedSecretaryStaysThroughRebuilds()
    {
        const QList<Election> elections = {
            election(ElectionOffice::Committee, 3,
                     {{QStringLiteral("A"), 10}, {QStringLiteral("B"), 9}, {QStringLiteral("C"), 8}}),
            election(ElectionOffice::Secretary, 1, {{QStringLiteral("B"), 5}}), // not elected
        };
        CommitteeMember appointed;
        appointed.person = person(QStringLiteral("B"));
        appointed.role = CommitteeRole::Secretary;
        appointed.appointed = true;
        const QList<CommitteeMember> members = CommitteeBuilder::build(congress12(), elections, {appointed}, {});
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.first().person.fullName, QStringLiteral("B"));
        QCOMPARE(members.first().role, CommitteeRole::Secretary);
        QVERIFY(members.first().appointed);
        const CompositionFigures f = CompositionFigures::of(members, 3, QDate(2022, 8, 20), 40);
        QCOMPARE(f.secretariesAppointed, 1);
        QCOMPARE(f.secretariesElectedAtCongress, 0);
    }

    void composition_data()
    {
        QTest::addColumn<int>("birthYear");
        QTest::addColumn<int>("young");
        QTest::newRow("39 at the congress") << 1983 << 1;
        QTest::newRow("40 at the congress is not young") << 1982 << 0;
        QTest::newRow("unknown birth year") << 0 << 0;
    }
    void composition()
    {
        QFETCH(int, birthYear);
        QFETCH(int, young);
        CommitteeMember secretary;
        secretary.person = person(QStringLiteral("A"), birthYear, Gender::Female);
        secretary.role = CommitteeRole::Secretary;
        secretary.roleVotes = 11;
        secretary.rolePercentHundredths = 10000;
        secretary.reelected = true;
        CommitteeMember member;
        member.person = person(QStringLiteral("B"), 1960);
        member.person.ethnicity = QStringLiteral("Tày");
        member.person.theoryLevel = TheoryLevel::Intermediate;
        const CompositionFigures f = CompositionFigures::of({secretary, member}, 3, QDate(2022, 8, 20), 40);
        QCOMPARE(f.members, 2);
        QCOMPARE(f.unfilled(), 1);
        QCOMPARE(f.reelected, 1);
        QCOMPARE(f.newcomers(), 1);
        QCOMPARE(f.women, 1);
        QCOMPARE(f.young, young);
        QCOMPARE(f.ethnicMinority, 1);
        QCOMPARE(f.theoryCount(TheoryLevel::Intermediate), 1);
        QCOMPARE(f.secretariesWithFullApproval, 1);
        QCOMPARE(f.secretariesElectedAtCongress, 1);
        CompositionFigures sum = f;
        CommitteeMember lower = secretary;
        lower.rolePercentHundredths = 9286;
        sum.add(CompositionFigures::of({lower}, 1, QDate(2022, 8, 21), 40));
        QCOMPARE(sum.congresses, 2);
        QCOMPARE(sum.secretaries, 2);
        QCOMPARE(sum.secretariesWithFullApproval, 1);
        QCOMPARE(sum.lowestSecretaryPercent, qint64(9286));
    }

    void delegatesSplitIntoOfficialsAndAlternates()
    {
        Election delegates = election(ElectionOffice::Delegates, 3,
                                      {{QStringLiteral("A"), 7}, {QStringLiteral("B"), 11}, {QStringLiteral("C"), 9},
                                       {QStringLiteral("D"), 3}});
        delegates.alternateSeats = 1;
        const QList<RoundResult> results = delegates.tally(congress12());
        QCOMPARE(delegates.officialDelegates(results), (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(delegates.alternateDelegates(results), QStringList{QStringLiteral("A")});
        delegates.alternateSeats = 3;
        QVERIFY(!delegates.errors(congress12()).isEmpty());
    }

    void laterRoundsFillOnlyWhatIsLeft()
    {
        Election chiUy = election(ElectionOffice::Committee, 3,
                                  {{QStringLiteral("A"), 10}, {QStringLiteral("B"), 9}, {QStringLiteral("C"), 5},
                                   {QStringLiteral("D"), 4}});
        ElectionRound second;
        second.number = 2;
        second.seats = 2; // only one seat is left
        second.ballots = {11, 11, 11, 0};
        second.candidates = {{QStringLiteral("C"), 8}, {QStringLiteral("D"), 3}};
        chiUy.rounds.append(second);
        const QStringList errors = chiUy.errors(congress12());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first(), QStringLiteral("Round 2: 2 seats, but only 1 are left after the earlier rounds."));
        chiUy.rounds[1].seats = 1;
        QVERIFY(chiUy.errors(congress12()).isEmpty());
        QCOMPARE(chiUy.seatsLeft(chiUy.tally(congress12())), 0);
        QCOMPARE(chiUy.winners(chiUy.tally(congress12())).last().round, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommitteeBuilder)
#include "tst_committee_builder.moc"
