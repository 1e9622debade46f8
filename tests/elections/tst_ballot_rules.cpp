// The rules of ballots counted one by one (domain.md §3 "Ballots", issue 15): validity, agree and
// disagree ballots, differences between entries, and totals from agreed batches only.
#include "domain/elections/ballots/BallotMarks.h"
#include "domain/elections/ballots/CountedRound.h"

#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(daihoi::BallotInvalidReason)

namespace {

const QStringList fourNames = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                               QStringLiteral("Lê Văn Cường"), QStringLiteral("Phạm Thị Dung")};

EnteredBallot ballot(int batch, int number, const QString &marks,
                     BallotInvalidReason declared = BallotInvalidReason::None)
{
    EnteredBallot entered;
    entered.batch = batch;
    entered.number = number;
    entered.marks = marks;
    entered.declaredInvalid = declared;
    return entered;
}

// "1:KKSK 2:SKKK" → the ballots of one batch; "2:!marked" is declared invalid.
QList<EnteredBallot> ballots(int batch, const QString &text)
{
    QList<EnteredBallot> list;
    for (const QString &item : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int number = item.section(QLatin1Char(':'), 0, 0).toInt();
        const QString rest = item.section(QLatin1Char(':'), 1);
        BallotInvalidReason reason = BallotInvalidReason::None;
        if (rest.startsWith(QLatin1Char('!')) && BallotReasons::fromKey(rest.mid(1), &reason))
            list << ballot(batch, number, QString(), reason);
        else
            list << ballot(batch, number, rest);
    }
    return list;
}

RoundInput committeeRound(int collected)
{
    RoundInput round;
    round.seats = 3;
    round.summoned = 12;
    round.exclusions.absentWithReason = 1;
    round.present = 11;
    round.ballots.issued = 11;
    round.ballots.collected = collected;
    for (const QString &name : fourNames)
        round.candidates << CandidateVotes{name, 0};
    return round;
}

} // namespace

class TestBallotRules : public QObject
{
    Q_OBJECT
private slots:
    void validity_data()
    {
        QTest::addColumn<QString>("marks");
        QTest::addColumn<int>("seats");
        QTest::addColumn<BallotInvalidReason>("declared");
        QTest::addColumn<BallotInvalidReason>("expected");
        QTest::addColumn<QList<int>>("votes"); // what the ballot gives each candidate when counted

        const auto none = BallotInvalidReason::None;
        QTest::newRow("surplus: three of four kept for three seats")
            << QStringLiteral("KKSK") << 3 << none << none << QList<int>{1, 1, 0, 1};
        QTest::newRow("surplus: one kept is valid") << QStringLiteral("SSKS") << 3 << none << none
                                                    << QList<int>{0, 0, 1, 0};
        QTest::newRow("surplus: more kept than seats")
            << QStringLiteral("KKKK") << 3 << none << BallotInvalidReason::TooManyKept << QList<int>{0, 0, 0, 0};
        QTest::newRow("surplus: every name struck")
            << QStringLiteral("SSSS") << 3 << none << BallotInvalidReason::NoneKept << QList<int>{0, 0, 0, 0};
        QTest::newRow("board: not issued, whatever the marks")
            << QString() << 3 << BallotInvalidReason::NotIssued << BallotInvalidReason::NotIssued
            << QList<int>{0, 0, 0, 0};
        QTest::newRow("board: marked or signed") << QString() << 3 << BallotInvalidReason::Marked
                                                 << BallotInvalidReason::Marked << QList<int>{0, 0, 0, 0};
        QTest::newRow("board: a name added") << QString() << 3 << BallotInvalidReason::Other
                                             << BallotInvalidReason::Other << QList<int>{0, 0, 0, 0};
        QTest::newRow("no surplus: agree to all") << QStringLiteral("AAAA") << 4 << none << none
                                                  << QList<int>{1, 1, 1, 1};
        QTest::newRow("no surplus: both boxes and neither count for nobody, the ballot stays valid")
            << QStringLiteral("ABND") << 4 << none << none << QList<int>{1, 0, 0, 0};
        QTest::newRow("no surplus: disagree to all is valid")
            << QStringLiteral("DDDD") << 4 << none << none << QList<int>{0, 0, 0, 0};
        QTest::newRow("no surplus: neither box anywhere is valid")
            << QStringLiteral("NNNN") << 4 << none << none << QList<int>{0, 0, 0, 0};
    }

    void validity()
    {
        QFETCH(QString, marks);
        QFETCH(int, seats);
        QFETCH(BallotInvalidReason, declared);
        QFETCH(BallotInvalidReason, expected);
        QFETCH(QList<int>, votes);

        const bool surplus = BallotMarks::hasSurplus(4, seats);
        const EnteredBallot entered = ballot(1, 1, marks, declared);
        if (!entered.isDeclaredInvalid())
            QCOMPARE(BallotMarks::error(marks, 4, surplus), QString());
        QCOMPARE(BallotMarks::judge(entered, seats, surplus), expected);
        const BallotCount count = BallotCount::of({entered}, 4, seats);
        QCOMPARE(count.valid, expected == BallotInvalidReason::None ? 1 : 0);
        QCOMPARE(count.invalid, expected == BallotInvalidReason::None ? 0 : 1);
        QCOMPARE(count.reasons.value(expected), expected == BallotInvalidReason::None ? 0 : 1);
        QCOMPARE(count.votes, votes);
    }

    void lettersThatDoNotFit_data()
    {
        QTest::addColumn<QString>("marks");
        QTest::addColumn<int>("seats");
        QTest::addColumn<QString>("message");
        QTest::newRow("agree on a list with a surplus")
            << QStringLiteral("KAKS") << 3
            << QStringLiteral("letter 2 is \"A\": a list with a surplus takes K (kept) or S (struck)");
        QTest::newRow("kept on a list without one")
            << QStringLiteral("AAKA") << 4
            << QStringLiteral("letter 3 is \"K\": a list without a surplus takes A (agree), D (disagree), B (both "
                              "boxes) or N (neither box)");
        QTest::newRow("too short") << QStringLiteral("KKS") << 3
                                   << QStringLiteral("the marks have 3 letters, but the list has 4 candidates");
        QTest::newRow("too long") << QStringLiteral("AAAAA") << 4
                                  << QStringLiteral("the marks have 5 letters, but the list has 4 candidates");
    }

    void lettersThatDoNotFit()
    {
        QFETCH(QString, marks);
        QFETCH(int, seats);
        QFETCH(QString, message);
        QCOMPARE(BallotMarks::error(marks, 4, BallotMarks::hasSurplus(4, seats)), message);
    }

    void toggling_data()
    {
        QTest::addColumn<bool>("surplus");
        QTest::addColumn<QString>("cycle");
        QTest::newRow("with a surplus a name is kept or struck") << true << QStringLiteral("KSK");
        QTest::newRow("without one: neither, agree, disagree, both") << false << QStringLiteral("NADBN");
    }

    void toggling()
    {
        QFETCH(bool, surplus);
        QFETCH(QString, cycle);
        QCOMPARE(BallotMarks::clean(3, surplus), QString(3, cycle.at(0)));
        for (int i = 0; i + 1 < cycle.size(); ++i)
            QCOMPARE(BallotMarks::toggled(cycle.at(i), surplus), cycle.at(i + 1));
    }

    void mismatches_data()
    {
        QTest::addColumn<QString>("first");  // batch 1 as entry 1 saw it
        QTest::addColumn<QString>("second"); // and entry 2
        QTest::addColumn<QStringList>("differences");

        QTest::newRow("the same: agreed") << QStringLiteral("1:KKSK 2:SKKK") << QStringLiteral("1:KKSK 2:SKKK")
                                          << QStringList();
        QTest::newRow("one name")
            << QStringLiteral("1:KKSK 2:SKKK") << QStringLiteral("1:KKSK 2:SSKK")
            << QStringList{QStringLiteral("Batch 1, ballot 2: entry 1 kept Trần Thị Bình, entry 2 struck.")};
        QTest::newRow("two names of one ballot")
            << QStringLiteral("1:KKSK") << QStringLiteral("1:KSKK")
            << QStringList{QStringLiteral("Batch 1, ballot 1: entry 1 kept Trần Thị Bình, entry 2 struck."),
                           QStringLiteral("Batch 1, ballot 1: entry 1 struck Lê Văn Cường, entry 2 kept.")};
        QTest::newRow("a ballot present in one entry only")
            << QStringLiteral("1:KKSK 2:SKKK") << QStringLiteral("1:KKSK")
            << QStringList{QStringLiteral("Batch 1, ballot 2: entry 1 keeps Trần Thị Bình, Lê Văn Cường, Phạm Thị "
                                          "Dung, entry 2 does not have this ballot.")};
        QTest::newRow("a whole ballot declared invalid by one entry")
            << QStringLiteral("1:KKSK") << QStringLiteral("1:!marked")
            << QStringList{QStringLiteral("Batch 1, ballot 1: entry 1 keeps Nguyễn Văn An, Trần Thị Bình, Phạm Thị "
                                          "Dung, entry 2 invalid (marked or signed).")};
        QTest::newRow("both declare the same reason: agreed")
            << QStringLiteral("1:!not-issued") << QStringLiteral("1:!not-issued") << QStringList();
        QTest::newRow("declared for different reasons")
            << QStringLiteral("1:!not-issued") << QStringLiteral("1:!other")
            << QStringList{QStringLiteral("Batch 1, ballot 1: entry 1 invalid (not issued by the counting board), "
                                          "entry 2 invalid (other reason seen by the board (a name added, several "
                                          "inks)).")};
    }

    void mismatches()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QStringList, differences);

        const QList<BallotPass> passes = {{1, QStringLiteral("Lê Văn Bình"), ballots(1, first)},
                                          {2, QStringLiteral("Hoàng Thị Cúc"), ballots(1, second)}};
        const BallotComparison comparison = BallotComparison::ofBatches({{1, passes}});
        QStringList described;
        for (const BallotMismatch &mismatch : comparison.mismatches)
            described << mismatch.describe(fourNames);
        QCOMPARE(described, differences);
        QCOMPARE(comparison.agreed, differences.isEmpty() ? QList<int>{1} : QList<int>{});
        QCOMPARE(comparison.disputed, differences.isEmpty() ? QList<int>{} : QList<int>{1});
    }

    void aBatchEnteredOnceWaits()
    {
        const BallotComparison comparison =
            BallotComparison::ofBatches({{4, {{1, QStringLiteral("Lê Văn Bình"), ballots(4, QStringLiteral("1:KKSK"))}}}});
        QCOMPARE(comparison.waiting, QList<int>{4});
        QVERIFY(comparison.agreedBallots.isEmpty());
        QCOMPARE(comparison.entered, 1);
    }

    void totalsFromAgreedBatchesOnly()
    {
        // Batch 1 agrees (3 valid ballots, 1 too many kept); batch 2 differs; batch 3 waits.
        const QString batch1 = QStringLiteral("1:KKSK 2:SKKK 3:KSKK 4:KKKK");
        QMap<int, QList<BallotPass>> batches;
        batches[1] = {{1, QStringLiteral("Lê Văn Bình"), ballots(1, batch1)},
                      {2, QStringLiteral("Hoàng Thị Cúc"), ballots(1, batch1)}};
        batches[2] = {{1, QStringLiteral("Lê Văn Bình"), ballots(2, QStringLiteral("1:KKSK 2:KKSK"))},
                      {2, QStringLiteral("Hoàng Thị Cúc"), ballots(2, QStringLiteral("1:KKSK 2:KSKK"))}};
        batches[3] = {{1, QStringLiteral("Đỗ Văn Đức"), ballots(3, QStringLiteral("1:KKSK 2:KKSK 3:SKKK"))}};

        const CountedRound counted = CountedRound::ofBatches(committeeRound(9), batches);
        QCOMPARE(counted.result.errors, QStringList());
        QCOMPARE(counted.count.valid, 3);
        QCOMPARE(counted.count.invalid, 1);
        QCOMPARE(counted.count.reasons.value(BallotInvalidReason::TooManyKept), 1);
        QCOMPARE(counted.count.votes, (QList<int>{2, 2, 2, 3}));
        QCOMPARE(counted.comparison.entered, 9);
        QVERIFY(!counted.complete);
        QCOMPARE(counted.result.candidates.at(3).votes, 3);
        QCOMPARE(counted.progress(), (QStringList{QStringLiteral("1 of 3 batches agreed."),
                                                  QStringLiteral("Batches whose entries differ: 2."),
                                                  QStringLiteral("Batches waiting for another entry: 3.")}));
    }

    void completeWhenEveryBatchAgreesAndEveryBallotIsEntered_data()
    {
        QTest::addColumn<int>("collected");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("lastLine");
        QTest::newRow("entered equals collected") << 4 << true
                                                  << QStringLiteral("Every batch agrees and every ballot collected is "
                                                                    "entered: the round is counted.");
        QTest::newRow("two ballots not entered yet")
            << 6 << false << QStringLiteral("4 ballots entered, 2 fewer than the 6 collected.");
    }

    void completeWhenEveryBatchAgreesAndEveryBallotIsEntered()
    {
        QFETCH(int, collected);
        QFETCH(bool, complete);
        QFETCH(QString, lastLine);
        const QString batch = QStringLiteral("1:KKSK 2:KKSK 3:KKSK 4:KSKK");
        const QMap<int, QList<BallotPass>> batches = {
            {1, {{1, QStringLiteral("Lê Văn Bình"), ballots(1, batch)}, {2, QStringLiteral("Hoàng Thị Cúc"), ballots(1, batch)}}}};
        const CountedRound counted = CountedRound::ofBatches(committeeRound(collected), batches);
        QCOMPARE(counted.complete, complete);
        QCOMPARE(counted.progress().constLast(), lastLine);
        QCOMPARE(counted.result.errors, QStringList());
        // Base 11: four votes of An never elect, complete or not.
        QCOMPARE(counted.result.candidates.at(0).votes, 4);
        QCOMPARE(counted.result.candidates.at(0).status, CandidateResult::Status::NotElected);
    }

    void entriesThatCannotBeTrue_data()
    {
        QTest::addColumn<QString>("operators"); // the two entries' operators
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("error");
        QTest::newRow("one operator entering a batch twice")
            << QStringLiteral("Lê Văn Bình") << QStringLiteral("1:KKSK")
            << QStringLiteral("Lê Văn Bình entered entries 1 and 2 of the same ballots; each entry is by another "
                              "operator.");
        QTest::newRow("a ballot twice in one entry")
            << QStringLiteral("Hoàng Thị Cúc") << QStringLiteral("1:KKSK 1:KKSK")
            << QStringLiteral("Entry 2 (Hoàng Thị Cúc), batch 1, ballot 1: the ballot is entered twice in this entry.");
        QTest::newRow("more ballots in an entry than collected")
            << QStringLiteral("Hoàng Thị Cúc") << QStringLiteral("1:KKSK 2:KKSK 3:KKSK")
            << QStringLiteral("Entry 2 holds 3 ballots, more than the 2 collected.");
        QTest::newRow("the same operator in other letter case")
            << QStringLiteral("LÊ VĂN  BÌNH") << QStringLiteral("1:KKSK")
            << QStringLiteral("LÊ VĂN BÌNH entered entries 1 and 2 of the same ballots; each entry is by another "
                              "operator.");
        QTest::newRow("entries naming more different ballots than collected")
            << QStringLiteral("Hoàng Thị Cúc") << QStringLiteral("2:KKSK 3:KKSK")
            << QStringLiteral("3 different ballots are entered, more than the 2 collected.");
        QTest::newRow("a rule's reason declared by hand")
            << QStringLiteral("Hoàng Thị Cúc") << QStringLiteral("1:!none-kept")
            << QStringLiteral("Entry 2 (Hoàng Thị Cúc), batch 1, ballot 1: \"none-kept\" is judged from the marks, "
                              "not declared by the board.");
    }

    void entriesThatCannotBeTrue()
    {
        QFETCH(QString, operators);
        QFETCH(QString, second);
        QFETCH(QString, error);
        const QMap<int, QList<BallotPass>> batches = {
            {1, {{1, QStringLiteral("Lê Văn Bình"), ballots(1, QStringLiteral("1:KKSK"))}, {2, operators, ballots(1, second)}}}};
        const CountedRound counted = CountedRound::ofBatches(committeeRound(2), batches);
        QVERIFY2(counted.result.errors.contains(error), qPrintable(counted.result.errors.join(QLatin1Char('\n'))));
        QVERIFY(counted.result.isRefused());
        QVERIFY(counted.result.elected.isEmpty());
        QVERIFY(!counted.complete);
    }

    void atMostThreeEntries()
    {
        QList<BallotPass> passes;
        const QStringList operators = {QStringLiteral("Lê Văn Bình"), QStringLiteral("Hoàng Thị Cúc"),
                                       QStringLiteral("Đỗ Văn Đức"), QStringLiteral("Trần Văn Nam")};
        for (int pass = 1; pass <= 4; ++pass)
            passes << BallotPass{pass, operators.at(pass - 1), ballots(1, QStringLiteral("1:KKSK 2:KKSK"))};
        const CountedRound counted = CountedRound::ofPasses(committeeRound(2), passes);
        QVERIFY2(counted.result.errors.contains(QStringLiteral("4 entries are given; the ballots are entered at most 3 times.")),
                 qPrintable(counted.result.errors.join(QLatin1Char('\n'))));
        QVERIFY(!counted.complete);
    }

    void aRefusedRoundIsNeverComplete()
    {
        // Every batch agrees and every ballot is entered, but more were collected than issued.
        RoundInput round = committeeRound(2);
        round.ballots.issued = 1;
        const QString batch = QStringLiteral("1:KKSK 2:KKSK");
        const CountedRound counted = CountedRound::ofBatches(
            round, {{1, {{1, QStringLiteral("Lê Văn Bình"), ballots(1, batch)}, {2, QStringLiteral("Hoàng Thị Cúc"), ballots(1, batch)}}}});
        QVERIFY(counted.result.isRefused());
        QVERIFY(counted.comparison.allAgreed());
        QVERIFY(!counted.complete);
    }
};

QTEST_GUILESS_MAIN(TestBallotRules)
#include "tst_ballot_rules.moc"
