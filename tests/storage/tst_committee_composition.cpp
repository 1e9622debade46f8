#include "TestDatabase.h"
#include "domain/committee/CommitteeBuilder.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
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
    // The same figures counted member by member by the domain's rule, congress by congress.
    CompositionFigures summedFromMembers()
    {
        CompositionFigures sum;
        QList<Unit> units;
        QString error;
        UnitRepository(m_test.connection()).children(m_vh, 0, 100, &units, &error);
        for (const Unit &unit : units) {
            Congress congress;
            QList<CommitteeMember> members;
            QList<Election> elections;
            CongressRepository(m_test.connection()).find(unit.id, m_term, &congress, &error);
            if (congress.status != Congress::Status::Held)
                continue;
            CommitteeRepository(m_test.connection()).members(congress.id, &members, &error);
            ElectionRepository(m_test.connection()).forCongress(congress.id, &elections, &error);
            sum.add(CompositionFigures::of(members, CommitteeBuilder::seats(elections), congress.heldFrom, 40));
        }
        return sum;
    }
    static QString describe(const CompositionFigures &f)
    {
        QStringList parts;
        for (int v : {f.congresses, f.seats, f.members, f.reelected, f.women, f.men, f.genderUnknown, f.young,
                      f.ethnicMinority, f.ethnicityUnknown, f.detailsMissing, f.congressesOverSeats, f.membersOverSeats,
                      f.secretaries, f.secretariesReelected, f.secretariesElectedAtCongress, f.secretariesAppointed,
                      f.secretariesResidentialHead, f.secretariesWithFullApproval})
            parts.append(QString::number(v));
        for (int v : f.theory)
            parts.append(QString::number(v));
        parts.append(QString::number(f.lowestSecretaryPercent));
        return parts.join(QLatin1Char(','));
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
        QCOMPARE(describe(f), describe(summedFromMembers()));
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
        QCOMPARE(describe(after), describe(summedFromMembers()));
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
        QCOMPARE(describe(f), describe(summedFromMembers()));
    }
};

QTEST_GUILESS_MAIN(TestCommitteeComposition)
#include "tst_committee_composition.moc"
