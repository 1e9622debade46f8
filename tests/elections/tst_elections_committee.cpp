#include "domain/elections/CommitteeSize.h"

#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(daihoi::CongressKind)
Q_DECLARE_METATYPE(daihoi::ElectionOffice)

class TestCommitteeSize : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<CongressKind>("kind");
        QTest::addColumn<ElectionOffice>("office");
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("seats");
        QTest::addColumn<QStringList>("errors");

        const auto members = CongressKind::PartyMembers;
        const QString noCommittee8 = QStringLiteral(
            "A branch with fewer than 9 official members (it has 8) elects no executive committee, only a "
            "secretary and, if needed, a deputy secretary.");
        const QString tooFew2 = QStringLiteral("A branch needs at least 3 official members; it has 2.");
        const QString over7 =
            QStringLiteral("A branch executive committee has at most 7 members; seats (8) exceed it.");

        QTest::newRow("9 members elect a committee of 3")
            << members << ElectionOffice::Committee << 9 << 3 << QStringList();
        QTest::newRow("9 members, 7 seats")
            << members << ElectionOffice::Committee << 9 << 7 << QStringList();
        QTest::newRow("40 members, 8 seats")
            << members << ElectionOffice::Committee << 40 << 8 << QStringList{over7};
        QTest::newRow("8 members: no committee")
            << members << ElectionOffice::Committee << 8 << 3 << QStringList{noCommittee8};
        QTest::newRow("8 members elect a secretary")
            << members << ElectionOffice::Secretary << 8 << 1 << QStringList();
        QTest::newRow("8 members elect a deputy")
            << members << ElectionOffice::DeputySecretary << 8 << 1 << QStringList();
        QTest::newRow("3 members elect a secretary")
            << members << ElectionOffice::Secretary << 3 << 1 << QStringList();
        QTest::newRow("2 members: no branch")
            << members << ElectionOffice::Secretary << 2 << 1 << QStringList{tooFew2};
        QTest::newRow("2 members, committee: no branch")
            << members << ElectionOffice::Committee << 2 << 1 << QStringList{tooFew2};
        QTest::newRow("delegates congress: not bound")
            << CongressKind::Delegates << ElectionOffice::Committee << 5 << 15 << QStringList();
    }
    void check()
    {
        QFETCH(CongressKind, kind);
        QFETCH(ElectionOffice, office);
        QFETCH(int, members);
        QFETCH(int, seats);
        QFETCH(QStringList, errors);
        QCOMPARE(CommitteeSize::check(kind, office, members, seats), errors);
    }
};

QTEST_GUILESS_MAIN(TestCommitteeSize)
#include "tst_elections_committee.moc"
