#include "domain/elections/RoundTally.h"
#include "domain/elections/SecretaryElection.h"

#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(daihoi::RoundInput)

namespace {

const QString An = QStringLiteral("Nguyễn Văn An");
const QString Binh = QStringLiteral("Trần Thị Bình");
const QString Cuong = QStringLiteral("Lê Văn Cường");
const QString Dung = QStringLiteral("Phạm Thị Dung");
const QString Em = QStringLiteral("Hoàng Văn Em");
const QString Giang = QStringLiteral("Vũ Thị Giang");

QList<CandidateVotes> votes(const QList<QPair<QString, int>> &list)
{
    QList<CandidateVotes> result;
    for (const auto &entry : list)
        result << CandidateVotes{entry.first, entry.second};
    return result;
}

// A party members' congress electing its committee; everybody summoned is present and
// every collected ballot is valid unless a row says otherwise.
RoundInput committee(int seats, int summoned, const QList<CandidateVotes> &candidates)
{
    RoundInput input;
    input.congressKind = CongressKind::PartyMembers;
    input.office = ElectionOffice::Committee;
    input.seats = seats;
    input.summoned = summoned;
    input.present = summoned;
    input.ballots = BallotCounts{summoned, summoned, summoned, 0};
    input.candidates = candidates;
    return input;
}

RoundInput secretary(int summoned, const QList<CandidateVotes> &candidates)
{
    RoundInput input = committee(1, summoned, candidates);
    input.office = ElectionOffice::Secretary;
    return input;
}

// The biên bản of issue 3: 12 summoned, 1 absent with a reason, 11 present, 10 valid.
RoundInput issueExample()
{
    RoundInput input = committee(3, 12, votes({{An, 10}, {Binh, 6}, {Cuong, 5}, {Dung, 9}}));
    input.exclusions.absentWithReason = 1;
    input.present = 11;
    input.ballots = BallotCounts{11, 11, 10, 1};
    return input;
}

QString statusName(CandidateResult::Status status)
{
    switch (status) {
    case CandidateResult::Status::Elected:
        return QStringLiteral("elected");
    case CandidateResult::Status::NotElected:
        return QStringLiteral("not-elected");
    case CandidateResult::Status::Tie:
        return QStringLiteral("tie");
    case CandidateResult::Status::Undecided:
        break;
    }
    return QStringLiteral("undecided");
}

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestRoundTally : public QObject
{
    Q_OBJECT
private slots:
    void computed_data()
    {
        QTest::addColumn<RoundInput>("input");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QStringList>("percents");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QStringList>("elected");
        QTest::addColumn<QStringList>("tied");
        QTest::addColumn<int>("shortfall");
        QTest::addColumn<QStringList>("warnings");

        QTest::newRow("base 10: 6 elects, 5 does not")
            << committee(3, 10, votes({{An, 9}, {Binh, 6}, {Cuong, 5}, {Dung, 4}})) << 10 << 6
            << split("90,00 60,00 50,00 40,00") << split("elected elected not-elected not-elected")
            << QStringList{An, Binh} << QStringList() << 1 << QStringList();

        QTest::newRow("odd base 11: threshold 6, elected by votes")
            << issueExample() << 11 << 6 << split("90,91 54,55 45,45 81,82")
            << split("elected elected not-elected elected") << QStringList{An, Dung, Binh} << QStringList()
            << 0 << QStringList();

        QTest::newRow("tie above half at the last seat")
            << committee(3, 20, votes({{An, 18}, {Binh, 15}, {Cuong, 12}, {Dung, 12}})) << 20 << 11
            << split("90,00 75,00 60,00 60,00") << split("elected elected tie tie") << QStringList{An, Binh}
            << QStringList{Cuong, Dung} << 1 << QStringList();

        QTest::newRow("three tied for the last two seats")
            << committee(3, 20, votes({{An, 12}, {Binh, 18}, {Cuong, 12}, {Dung, 12}})) << 20 << 11
            << split("60,00 90,00 60,00 60,00") << split("tie elected tie tie") << QStringList{Binh}
            << QStringList{An, Cuong, Dung} << 2 << QStringList();

        QTest::newRow("equal votes inside the seats are no tie")
            << committee(3, 20, votes({{An, 15}, {Binh, 15}, {Cuong, 12}, {Dung, 11}})) << 20 << 11
            << split("75,00 75,00 60,00 55,00") << split("elected elected elected not-elected")
            << QStringList{An, Binh, Cuong} << QStringList() << 0 << QStringList();

        QTest::newRow("equal votes below half are no tie")
            << committee(3, 20, votes({{An, 15}, {Binh, 14}, {Cuong, 8}, {Dung, 8}})) << 20 << 11
            << split("75,00 70,00 40,00 40,00") << split("elected elected not-elected not-elected")
            << QStringList{An, Binh} << QStringList() << 1 << QStringList();

        QTest::newRow("shortfall: one of three reaches half")
            << committee(3, 9, votes({{An, 4}, {Binh, 8}, {Cuong, 4}, {Dung, 3}})) << 9 << 5
            << split("44,44 88,89 44,44 33,33") << split("not-elected elected not-elected not-elected")
            << QStringList{Binh} << QStringList() << 2 << QStringList();

        {
            RoundInput input = secretary(8, votes({{An, 7}}));
            input.exclusions.excusedAbsent = 1;
            input.present = 7;
            input.ballots = BallotCounts{7, 7, 7, 0};
            QTest::newRow("single Bi thu candidate, no surplus")
                << input << 7 << 4 << split("100,00") << split("elected") << QStringList{An} << QStringList()
                << 0 << QStringList();
        }
        QTest::newRow("single Bi thu candidate below half")
            << secretary(7, votes({{An, 3}})) << 7 << 4 << split("42,86") << split("not-elected")
            << QStringList() << QStringList() << 1 << QStringList();

        QTest::newRow("Bi thu with a surplus of 1: a warning")
            << secretary(7, votes({{An, 5}, {Binh, 2}})) << 7 << 4 << split("71,43 28,57")
            << split("elected not-elected") << QStringList{An} << QStringList() << 0
            << QStringList{
                   QStringLiteral("Candidates (2) exceed seats (1) by 1; no rule limits the surplus for 1 "
                                  "or 2 seats. Confirm that the list is right.")};

        QTest::newRow("fewer candidates than seats: legal, a warning")
            << committee(3, 10, votes({{An, 10}, {Binh, 9}})) << 10 << 6 << split("100,00 90,00")
            << split("elected elected") << QStringList{An, Binh} << QStringList() << 1
            << QStringList{
                   QStringLiteral("Candidates (2) are fewer than the seats (3): at most 2 of the seats can "
                                  "be filled in this round.")};

        {
            RoundInput input = committee(
                5, 120, votes({{An, 100}, {Binh, 90}, {Cuong, 80}, {Dung, 70}, {Em, 60}, {Giang, 58}}));
            input.congressKind = CongressKind::Delegates;
            input.office = ElectionOffice::Delegates;
            input.exclusions.absentWithoutAlternate = 3;
            input.present = 117;
            input.ballots = BallotCounts{117, 117, 115, 2};
            QTest::newRow("delegates congress: base without absent delegates")
                << input << 117 << 59 << split("85,47 76,92 68,38 59,83 51,28 49,57")
                << split("elected elected elected elected elected not-elected")
                << QStringList{An, Binh, Cuong, Dung, Em} << QStringList() << 0 << QStringList();
        }
        {
            RoundInput input = committee(1, 20000, votes({{An, 4513}}));
            input.congressKind = CongressKind::Delegates;
            input.office = ElectionOffice::Delegates;
            QTest::newRow("rounding 4513 / 20000 = 22,565 -> 22,57")
                << input << 20000 << 10001 << split("22,57") << split("not-elected") << QStringList()
                << QStringList() << 1 << QStringList();
        }
        QTest::newRow("rounding 2 / 3 -> 66,67")
            << secretary(3, votes({{An, 2}})) << 3 << 2 << split("66,67") << split("elected")
            << QStringList{An} << QStringList() << 0 << QStringList();
    }
    void computed()
    {
        QFETCH(RoundInput, input);
        QFETCH(int, base);
        QFETCH(int, threshold);
        QFETCH(QStringList, percents);
        QFETCH(QStringList, statuses);
        QFETCH(QStringList, elected);
        QFETCH(QStringList, tied);
        QFETCH(int, shortfall);
        QFETCH(QStringList, warnings);

        const RoundResult result = RoundTally::tally(input);
        QCOMPARE(result.errors, QStringList());
        QVERIFY(!result.isRefused());
        QCOMPARE(result.base, base);
        QCOMPARE(result.threshold, threshold);
        QCOMPARE(result.seats, input.seats);
        QStringList actualPercents;
        QStringList actualStatuses;
        for (const CandidateResult &candidate : result.candidates) {
            actualPercents << candidate.percentText();
            actualStatuses << statusName(candidate.status);
        }
        QCOMPARE(actualPercents, percents);
        QCOMPARE(actualStatuses, statuses);
        QCOMPARE(result.elected, elected);
        QCOMPARE(result.tied, tied);
        QCOMPARE(result.shortfall, shortfall);
        QCOMPARE(result.warnings, warnings);
    }

    void notes()
    {
        const RoundResult tie =
            RoundTally::tally(committee(3, 20, votes({{An, 18}, {Binh, 15}, {Cuong, 12}, {Dung, 12}})));
        QCOMPARE(tie.notes(),
                 QStringList(
                     {QStringLiteral("Tie at 12 votes between Lê Văn Cường, Phạm Thị Dung: none of them is "
                                     "elected in this round; another round is needed among them."),
                      QStringLiteral("Seats left unfilled: 1 of 3. Another round may be held for them, or "
                                     "the congress may stop and leave them unfilled.")}));
        QCOMPARE(RoundTally::tally(issueExample()).notes(), QStringList());
    }

    void refused_data()
    {
        QTest::addColumn<RoundInput>("input");
        QTest::addColumn<QStringList>("errors");

        RoundInput input = issueExample();
        QVERIFY(RoundTally::errors(input).isEmpty());

        input = issueExample();
        input.ballots = BallotCounts{11, 12, 11, 1};
        QTest::newRow("collected > issued")
            << input << QStringList{QStringLiteral("Ballots collected (12) exceed ballots issued (11).")};

        input = issueExample();
        input.ballots = BallotCounts{12, 11, 10, 1};
        QTest::newRow("issued > present")
            << input << QStringList{QStringLiteral("Ballots issued (12) exceed voters present (11).")};

        input = issueExample();
        input.ballots = BallotCounts{11, 11, 10, 0};
        QTest::newRow("valid + invalid != collected")
            << input
            << QStringList{QStringLiteral(
                   "Valid (10) plus invalid (0) ballots make 10, not the 11 ballots collected.")};

        input = issueExample();
        input.candidates = votes({{An, 11}, {Binh, 6}, {Cuong, 5}, {Dung, 8}});
        QTest::newRow("votes > valid")
            << input
            << QStringList{QStringLiteral("Nguyễn Văn An has 11 votes, more than the 10 valid ballots.")};

        input = issueExample();
        input.candidates = votes({{An, 10}, {Binh, 8}, {Cuong, 7}, {Dung, 9}});
        QTest::newRow("sum of votes > valid x seats")
            << input
            << QStringList{
                   QStringLiteral("The candidates' votes add up to 34, more than valid ballots (10) × seats "
                                  "(3) = 30; a valid ballot keeps at most 3 names.")};

        input = issueExample();
        input.present = 13;
        QTest::newRow("present > summoned")
            << input
            << QStringList{QStringLiteral("Voters present (13) exceed the official members summoned (12).")};

        input = issueExample();
        input.present = 12;
        QTest::newRow("present > base")
            << input
            << QStringList{
                   QStringLiteral("Voters present (12) exceed the base (11); those excluded from the base "
                                  "are absent and do not vote.")};

        input = issueExample();
        input.congressKind = CongressKind::Delegates;
        input.office = ElectionOffice::Delegates;
        input.exclusions = BaseExclusions();
        input.present = 13;
        QTest::newRow("delegates present > summoned")
            << input
            << QStringList{
                   QStringLiteral("Voters present (13) exceed the official delegates summoned (12).")};

        input = issueExample();
        input.exclusions.absentWithReason = 13;
        QTest::newRow("exclusions > summoned")
            << input
            << QStringList{QStringLiteral(
                   "Exclusions from the base (13) exceed the official members summoned (12).")};

        input = issueExample();
        input.seats = 0;
        QTest::newRow("no seats") << input << QStringList{QStringLiteral("Seats (0) must be at least 1.")};

        input = issueExample();
        input.seats = -2;
        QTest::newRow("negative seats")
            << input << QStringList{QStringLiteral("Seats (-2) must be at least 1.")};

        input = issueExample();
        input.present = -1;
        QTest::newRow("negative present")
            << input << QStringList{QStringLiteral("Voters present (-1) cannot be negative.")};

        input = issueExample();
        input.ballots = BallotCounts{-1, -1, 0, -1};
        QTest::newRow("negative ballots")
            << input
            << QStringList{QStringLiteral("Ballots issued (-1) cannot be negative."),
                           QStringLiteral("Ballots collected (-1) cannot be negative."),
                           QStringLiteral("Invalid ballots (-1) cannot be negative.")};

        input = issueExample();
        input.candidates[1].votes = -1;
        QTest::newRow("negative votes")
            << input << QStringList{QStringLiteral("Votes for Trần Thị Bình (-1) cannot be negative.")};

        input = issueExample();
        input.summoned = -12;
        QTest::newRow("negative summoned")
            << input << QStringList{QStringLiteral("Official members summoned (-12) cannot be negative.")};

        input = issueExample();
        input.candidates.clear();
        QTest::newRow("no candidates")
            << input
            << QStringList{
                   QStringLiteral("The candidate list is empty; a round needs at least one candidate.")};

        input = issueExample();
        input.candidates[1].name = QStringLiteral("  ");
        QTest::newRow("blank name") << input
                                    << QStringList{QStringLiteral("Candidate number 2 has no name.")};

        input = issueExample();
        input.candidates[3].name = QStringLiteral(" Nguyễn  Văn An");
        QTest::newRow("duplicate name")
            << input
            << QStringList{QStringLiteral(
                   "Nguyễn Văn An is listed more than once; give each candidate a distinct name.")};

        input = issueExample();
        input.candidates << CandidateVotes{Em, 0} << CandidateVotes{Giang, 0};
        QTest::newRow("surplus 3 at 3 seats")
            << input
            << QStringList{QStringLiteral("Candidates (6) exceed seats (3) by 3; where seats are 3 to 5 the "
                                          "surplus may be at most 1.")};

        input = committee(10, 40, {});
        for (int i = 0; i < 14; ++i)
            input.candidates << CandidateVotes{QStringLiteral("Candidate %1").arg(i + 1), 21};
        QTest::newRow("surplus 4 at 10 seats")
            << input
            << QStringList{
                   QStringLiteral(
                       "A branch executive committee has at most 7 members; seats (10) exceed it."),
                   QStringLiteral("Candidates (14) exceed seats (10) by 4, more than 30 percent of the seats "
                                  "(at most 3).")};

        input = committee(3, 8, votes({{An, 7}, {Binh, 6}, {Cuong, 5}, {Dung, 3}}));
        input.exclusions.absentWithReason = 1;
        input.present = 7;
        input.ballots = BallotCounts{7, 7, 7, 0};
        QTest::newRow("8 members: no committee")
            << input
            << QStringList{QStringLiteral(
                   "A branch with fewer than 9 official members (it has 8) elects no executive "
                   "committee, only a secretary and, if needed, a deputy secretary.")};

        input = committee(8, 40, {});
        for (int i = 0; i < 9; ++i)
            input.candidates << CandidateVotes{QStringLiteral("Candidate %1").arg(i + 1), 30};
        QTest::newRow("committee of 8")
            << input
            << QStringList{QStringLiteral(
                   "A branch executive committee has at most 7 members; seats (8) exceed it.")};

        input = secretary(2, votes({{An, 2}}));
        QTest::newRow("2 members: no branch")
            << input << QStringList{QStringLiteral("A branch needs at least 3 official members; it has 2.")};

        input = secretary(7, votes({{An, 5}, {Binh, 4}}));
        input.seats = 2;
        QTest::newRow("two secretaries")
            << input << QStringList{QStringLiteral("A secretary election fills one seat, not 2.")};

        input = issueExample();
        input.ballots = BallotCounts{12, 13, 10, 1};
        input.candidates = votes({{An, 11}, {Binh, 10}, {Cuong, 10}, {Dung, 9}});
        QTest::newRow("several rules at once")
            << input
            << QStringList{
                   QStringLiteral("Ballots issued (12) exceed voters present (11)."),
                   QStringLiteral("Ballots collected (13) exceed ballots issued (12)."),
                   QStringLiteral(
                       "Valid (10) plus invalid (1) ballots make 11, not the 13 ballots collected."),
                   QStringLiteral("Nguyễn Văn An has 11 votes, more than the 10 valid ballots."),
                   QStringLiteral("The candidates' votes add up to 40, more than valid ballots (10) × seats "
                                  "(3) = 30; a valid ballot keeps at most 3 names.")};
    }
    void refused()
    {
        QFETCH(RoundInput, input);
        QFETCH(QStringList, errors);

        const RoundResult result = RoundTally::tally(input);
        QCOMPARE(result.errors, errors);
        QCOMPARE(RoundTally::errors(input), errors);
        QVERIFY(result.isRefused());
        QCOMPARE(result.elected, QStringList());
        QCOMPARE(result.tied, QStringList());
        for (const CandidateResult &candidate : result.candidates)
            QCOMPARE(candidate.status, CandidateResult::Status::Undecided);
    }

    void refusedKeepsBase()
    {
        RoundInput input = issueExample();
        input.ballots.collected = 12;
        const RoundResult result = RoundTally::tally(input);
        QVERIFY(result.isRefused());
        QCOMPARE(result.base, 11);
        QCOMPARE(result.threshold, 6);
        QCOMPARE(result.candidates.first().percentText(QLatin1Char('.')), QStringLiteral("90.91"));

        input.exclusions.absentWithReason = 12;
        const RoundResult noBase = RoundTally::tally(input);
        QVERIFY(!noBase.hasBase());
        QCOMPARE(noBase.base, 0);
        QCOMPARE(noBase.threshold, 0);
    }

    void secretaryRounds()
    {
        const RoundResult failed = RoundTally::tally(secretary(9, votes({{An, 4}, {Binh, 4}})));
        QCOMPARE(failed.shortfall, 1);
        QVERIFY(SecretaryElection::roundFailed(failed));
        const RoundResult electedRound = RoundTally::tally(secretary(9, votes({{An, 9}})));
        QVERIFY(!SecretaryElection::roundFailed(electedRound));
        RoundInput badInput = secretary(9, votes({{An, 10}}));
        const RoundResult refused = RoundTally::tally(badInput);
        QVERIFY(refused.isRefused());
        QVERIFY(!SecretaryElection::roundFailed(refused));

        QList<RoundResult> rounds{failed, refused, failed};
        QCOMPARE(SecretaryElection::failedRounds(rounds), 2);
        QVERIFY(SecretaryElection::mayHoldAnotherRound(rounds));
        QVERIFY(!SecretaryElection::appointedByHigherCommittee(rounds));
        rounds << failed;
        QCOMPARE(SecretaryElection::failedRounds(rounds), 3);
        QVERIFY(!SecretaryElection::mayHoldAnotherRound(rounds));
        QVERIFY(SecretaryElection::appointedByHigherCommittee(rounds));
        QCOMPARE(SecretaryElection::appointmentNote(3),
                 QStringLiteral(
                     "No secretary was elected in 3 rounds: the higher committee appoints the secretary."));

        const QList<RoundResult> electedInThird{failed, failed, electedRound};
        QVERIFY(SecretaryElection::isElected(electedInThird));
        QVERIFY(!SecretaryElection::appointedByHigherCommittee(electedInThird));
        QVERIFY(!SecretaryElection::mayHoldAnotherRound(electedInThird));

        QVERIFY(!SecretaryElection::appointedByHigherCommittee(2));
        QVERIFY(SecretaryElection::appointedByHigherCommittee(3));
    }
};

QTEST_GUILESS_MAIN(TestRoundTally)
#include "tst_elections_tally.moc"
