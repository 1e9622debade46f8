#include "domain/elections/ElectionBase.h"

#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(daihoi::CongressKind)
Q_DECLARE_METATYPE(daihoi::BaseExclusions)

namespace {
BaseExclusions exclusions(int absentWithReason, int excusedAbsent, int suspended, int temporary,
                          int absentWithoutAlternate)
{
    BaseExclusions e;
    e.absentWithReason = absentWithReason;
    e.excusedAbsent = excusedAbsent;
    e.suspended = suspended;
    e.temporary = temporary;
    e.absentWithoutAlternate = absentWithoutAlternate;
    return e;
}
} // namespace

class TestElectionBase : public QObject
{
    Q_OBJECT
private slots:
    void base_data()
    {
        QTest::addColumn<CongressKind>("kind");
        QTest::addColumn<int>("summoned");
        QTest::addColumn<BaseExclusions>("excluded");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("threshold");

        const auto members = CongressKind::PartyMembers;
        const auto delegates = CongressKind::Delegates;
        QTest::newRow("no exclusions") << members << 12 << exclusions(0, 0, 0, 0, 0) << 12 << 7;
        QTest::newRow("absent with reason") << members << 12 << exclusions(1, 0, 0, 0, 0) << 11 << 6;
        QTest::newRow("excused, did not attend") << members << 12 << exclusions(0, 2, 0, 0, 0) << 10 << 6;
        QTest::newRow("suspended") << members << 12 << exclusions(0, 0, 3, 0, 0) << 9 << 5;
        QTest::newRow("temporary elsewhere") << members << 12 << exclusions(0, 0, 0, 4, 0) << 8 << 5;
        QTest::newRow("all member categories") << members << 30 << exclusions(1, 2, 1, 3, 0) << 23 << 12;
        QTest::newRow("delegates: none absent") << delegates << 150 << exclusions(0, 0, 0, 0, 0) << 150 << 76;
        QTest::newRow("delegates: absent without alternate")
            << delegates << 150 << exclusions(0, 0, 0, 0, 4) << 146 << 74;
        QTest::newRow("base 10 needs 6") << members << 10 << exclusions(0, 0, 0, 0, 0) << 10 << 6;
        QTest::newRow("odd base 11 needs 6") << members << 11 << exclusions(0, 0, 0, 0, 0) << 11 << 6;
        QTest::newRow("base 1 needs 1") << members << 3 << exclusions(1, 1, 0, 0, 0) << 1 << 1;
        QTest::newRow("base 2 needs 2") << members << 3 << exclusions(0, 0, 1, 0, 0) << 2 << 2;
    }
    void base()
    {
        QFETCH(CongressKind, kind);
        QFETCH(int, summoned);
        QFETCH(BaseExclusions, excluded);
        QFETCH(int, base);
        QFETCH(int, threshold);

        const ElectionBase electionBase(kind, summoned, excluded);
        QVERIFY2(electionBase.isValid(), qPrintable(electionBase.errors().join(QLatin1Char('\n'))));
        QCOMPARE(electionBase.base(), base);
        QCOMPARE(electionBase.excluded(), summoned - base);
        QCOMPARE(electionBase.threshold(), threshold);
        // The threshold is exactly the line: it elects and one vote fewer does not.
        QVERIFY(electionBase.elects(threshold));
        QVERIFY(!electionBase.elects(threshold - 1));
    }

    void moreThanHalf_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("votes");
        QTest::addColumn<bool>("elected");
        QTest::newRow("5 of 10 is half, not more") << 10 << 5 << false;
        QTest::newRow("6 of 10") << 10 << 6 << true;
        QTest::newRow("5 of 11") << 11 << 5 << false;
        QTest::newRow("6 of 11") << 11 << 6 << true;
        QTest::newRow("1 of 1") << 1 << 1 << true;
        QTest::newRow("0 of 1") << 1 << 0 << false;
        QTest::newRow("1 of 2") << 2 << 1 << false;
        QTest::newRow("large, exact half") << 300000 << 150000 << false;
        QTest::newRow("large, half plus one") << 300000 << 150001 << true;
    }
    void moreThanHalf()
    {
        QFETCH(int, base);
        QFETCH(int, votes);
        QFETCH(bool, elected);
        QCOMPARE(ElectionBase::electsWith(votes, base), elected);
        QCOMPARE(votes >= ElectionBase::thresholdFor(base), elected);
    }

    void refused_data()
    {
        QTest::addColumn<CongressKind>("kind");
        QTest::addColumn<int>("summoned");
        QTest::addColumn<BaseExclusions>("excluded");
        QTest::addColumn<QStringList>("errors");

        const auto members = CongressKind::PartyMembers;
        const auto delegates = CongressKind::Delegates;
        QTest::newRow("negative summoned")
            << members << -1 << exclusions(0, 0, 0, 0, 0)
            << QStringList{QStringLiteral("Official members summoned (-1) cannot be negative.")};
        QTest::newRow("negative exclusion")
            << members << 10 << exclusions(0, 0, -2, 0, 0)
            << QStringList{QStringLiteral(
                   "The count of members suspended, prosecuted or detained (-2) cannot be negative.")};
        QTest::newRow("exclusions exceed summoned")
            << members << 5 << exclusions(3, 3, 0, 0, 0)
            << QStringList{
                   QStringLiteral("Exclusions from the base (6) exceed the official members summoned (5).")};
        // Counts that overflow a 32-bit sum once gave base 14 with 12 summoned.
        QTest::newRow("exclusions adding up past the largest int")
            << members << 12 << exclusions(2147483647, 2147483647, 2, 0, 0)
            << QStringList{QStringLiteral(
                   "Exclusions from the base (4294967296) exceed the official members summoned (12).")};
        QTest::newRow("base 0") << members << 5 << exclusions(5, 0, 0, 0, 0)
                                << QStringList{
                                       QStringLiteral("The base is 0: official members summoned (5) minus "
                                                      "exclusions (5). It must be at least 1.")};
        QTest::newRow("delegates base 0")
            << delegates << 0 << exclusions(0, 0, 0, 0, 0)
            << QStringList{QStringLiteral("The base is 0: official delegates summoned (0) minus exclusions "
                                          "(0). It must be at least 1.")};
        QTest::newRow("member category at a delegates congress")
            << delegates << 100 << exclusions(2, 0, 0, 0, 1)
            << QStringList{QStringLiteral(
                   "The base of a delegates' congress excludes only absent convening-committee members and "
                   "absent delegates without an alternate, not members absent with a reason the convening "
                   "committee accepted (2).")};
        QTest::newRow("delegates category at a members congress")
            << members << 20 << exclusions(0, 0, 0, 0, 1)
            << QStringList{QStringLiteral("The base of a party members' congress does not exclude absent "
                                          "convening-committee members "
                                          "and absent delegates without an alternate (1).")};
    }
    void refused()
    {
        QFETCH(CongressKind, kind);
        QFETCH(int, summoned);
        QFETCH(BaseExclusions, excluded);
        QFETCH(QStringList, errors);
        const ElectionBase electionBase(kind, summoned, excluded);
        QVERIFY(!electionBase.isValid());
        QCOMPARE(electionBase.errors(), errors);
    }
};

QTEST_GUILESS_MAIN(TestElectionBase)
#include "tst_elections_base.moc"
