#include "TestDatabase.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QtTest>

using namespace daihoi;

// The composition over a committee's units (the progress page, the summary report) counts members whose
// gender or ethnicity is not recorded apart, and sees a committee with more members than seats.
class TestCommitteeComposition : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    qint64 m_vh = 0;
    qint64 m_term = 0;

    CompositionFigures figures()
    {
        CompositionFigures f;
        QString error;
        if (!CommitteeRepository(m_test.connection()).composition(m_vh, m_term, 40, &f, &error))
            qWarning("%s", qPrintable(error));
        return f;
    }
    qint64 congressOf(const QString &code)
    {
        Unit unit;
        Congress congress;
        QString error;
        UnitRepository(m_test.connection()).byCode(code, &unit, &error);
        CongressRepository(m_test.connection()).find(unit.id, m_term, &congress, &error);
        return congress.id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.openDemo());
        Unit vh;
        Term term;
        QString error;
        QVERIFY(UnitRepository(m_test.connection()).byCode(QStringLiteral("VH"), &vh, &error));
        QVERIFY(TermRepository(m_test.connection()).byYears(2022, 2025, &term, &error));
        m_vh = vh.id;
        m_term = term.id;
    }

    void theDemoIsComplete()
    {
        const CompositionFigures f = figures();
        QCOMPARE(f.members, 69);
        QCOMPARE(f.women + f.men, f.members);
        QCOMPARE(f.genderUnknown, 0);
        QCOMPARE(f.ethnicityUnknown, 0);
        QCOMPARE(f.detailsMissing, 0);
        QCOMPARE(f.congressesOverSeats, 0);
    }

    void unknownIsCountedApart()
    {
        const CompositionFigures before = figures();
        CommitteeRepository committees(m_test.connection());
        QList<CommitteeMember> members;
        QString error;
        const qint64 first = congressOf(QStringLiteral("VH-01"));
        const qint64 second = congressOf(QStringLiteral("VH-02"));
        QVERIFY(committees.members(first, &members, &error));
        const bool wasWoman = members.last().person.gender == Gender::Female;
        members.last().person.gender = Gender::Unknown;
        QVERIFY2(committees.replace(first, &members, &error), qPrintable(error));
        QVERIFY(committees.members(second, &members, &error));
        const bool wasMinority = members.first().person.isEthnicMinority();
        members.first().person.ethnicity.clear();
        QVERIFY2(committees.replace(second, &members, &error), qPrintable(error));

        const CompositionFigures after = figures();
        QCOMPARE(after.members, before.members);
        QCOMPARE(after.genderUnknown, 1);
        QCOMPARE(after.women, before.women - (wasWoman ? 1 : 0));
        QCOMPARE(after.men, before.men - (wasWoman ? 0 : 1));
        QCOMPARE(after.ethnicityUnknown, 1);
        QCOMPARE(after.ethnicMinority, before.ethnicMinority - (wasMinority ? 1 : 0));
        QCOMPARE(after.detailsMissing, 2);
    }

    void moreMembersThanSeatsIsSeen()
    {
        CommitteeRepository committees(m_test.connection());
        QList<CommitteeMember> members;
        QString error;
        const qint64 congress = congressOf(QStringLiteral("VH-03"));
        QVERIFY(committees.members(congress, &members, &error));
        CommitteeMember extra;
        extra.person.fullName = QStringLiteral("Lê Thi Hoa");
        members.append(extra);
        QVERIFY2(committees.replace(congress, &members, &error), qPrintable(error));
        const CompositionFigures f = figures();
        QCOMPARE(f.congressesOverSeats, 1);
        QCOMPARE(f.membersOverSeats, 1);
        QCOMPARE(f.detailsMissing, 3);
    }
};

QTEST_GUILESS_MAIN(TestCommitteeComposition)
#include "tst_committee_composition.moc"
