#include "domain/elections/CandidateSurplus.h"

#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(daihoi::CandidateSurplus::Verdict)

class TestCandidateSurplus : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<int>("seats");
        QTest::addColumn<int>("candidates");
        QTest::addColumn<CandidateSurplus::Verdict>("verdict");

        const auto allowed = CandidateSurplus::Verdict::Allowed;
        const auto warning = CandidateSurplus::Verdict::Warning;
        const auto refused = CandidateSurplus::Verdict::Refused;
        QTest::newRow("1 Bi thu, 1 candidate: no surplus") << 1 << 1 << allowed;
        QTest::newRow("1 seat, 2 candidates: warning") << 1 << 2 << warning;
        QTest::newRow("2 seats, 3 candidates: warning") << 2 << 3 << warning;
        QTest::newRow("2 seats, 5 candidates: warning") << 2 << 5 << warning;
        QTest::newRow("fewer candidates than seats") << 3 << 2 << allowed;
        QTest::newRow("3 seats, no surplus") << 3 << 3 << allowed;
        QTest::newRow("3 seats, surplus 1") << 3 << 4 << allowed;
        QTest::newRow("3 seats, surplus 2") << 3 << 5 << refused;
        QTest::newRow("4 seats, surplus 1") << 4 << 5 << allowed;
        QTest::newRow("4 seats, surplus 2") << 4 << 6 << refused;
        QTest::newRow("5 seats, surplus 1") << 5 << 6 << allowed;
        QTest::newRow("5 seats, surplus 2") << 5 << 7 << refused;
        QTest::newRow("6 seats, surplus 1") << 6 << 7 << allowed;
        QTest::newRow("6 seats, surplus 2 (33 %)") << 6 << 8 << refused;
        QTest::newRow("7 seats, surplus 2") << 7 << 9 << allowed;
        QTest::newRow("7 seats, surplus 3") << 7 << 10 << refused;
        QTest::newRow("10 seats, surplus 3") << 10 << 13 << allowed;
        QTest::newRow("10 seats, surplus 4") << 10 << 14 << refused;
        QTest::newRow("15 seats, surplus 4") << 15 << 19 << allowed;
        QTest::newRow("15 seats, surplus 5") << 15 << 20 << refused;
    }
    void check()
    {
        QFETCH(int, seats);
        QFETCH(int, candidates);
        QFETCH(CandidateSurplus::Verdict, verdict);
        QCOMPARE(CandidateSurplus::check(seats, candidates), verdict);
        QCOMPARE(CandidateSurplus::message(seats, candidates).isEmpty(),
                 verdict == CandidateSurplus::Verdict::Allowed);
    }

    void maxAllowed_data()
    {
        QTest::addColumn<int>("seats");
        QTest::addColumn<int>("max");
        QTest::newRow("1: no rule") << 1 << -1;
        QTest::newRow("2: no rule") << 2 << -1;
        QTest::newRow("3") << 3 << 1;
        QTest::newRow("4") << 4 << 1;
        QTest::newRow("5") << 5 << 1;
        QTest::newRow("6") << 6 << 1;
        QTest::newRow("7") << 7 << 2;
        QTest::newRow("9") << 9 << 2;
        QTest::newRow("10") << 10 << 3;
        QTest::newRow("33") << 33 << 9;
    }
    void maxAllowed()
    {
        QFETCH(int, seats);
        QFETCH(int, max);
        QCOMPARE(CandidateSurplus::maxAllowed(seats), max);
    }

    void messages_data()
    {
        QTest::addColumn<int>("seats");
        QTest::addColumn<int>("candidates");
        QTest::addColumn<QString>("message");
        QTest::newRow("over 30 %")
            << 10 << 14
            << QStringLiteral(
                   "Candidates (14) exceed seats (10) by 4, more than 30 percent of the seats (at most 3).");
        QTest::newRow("over 1 at 3-5 seats")
            << 3 << 5
            << QStringLiteral("Candidates (5) exceed seats (3) by 2; where seats are 3 to 5 the surplus "
                              "may be at most 1.");
        QTest::newRow("1-2 seats warning")
            << 1 << 2
            << QStringLiteral("Candidates (2) exceed seats (1) by 1; no rule limits the surplus for 1 or 2 "
                              "seats. Confirm that the list is right.");
    }
    void messages()
    {
        QFETCH(int, seats);
        QFETCH(int, candidates);
        QFETCH(QString, message);
        QCOMPARE(CandidateSurplus::message(seats, candidates), message);
    }
};

QTEST_GUILESS_MAIN(TestCandidateSurplus)
#include "tst_elections_surplus.moc"
