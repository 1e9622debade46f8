#include "domain/elections/Election.h"

#include <QtTest>

using namespace daihoi;

// The Bí thư, then the Phó Bí thư, are elected from the elected chi ủy (domain.md §3): a name
// outside it, such as a typo, is refused with the rule; without a chi ủy any name stands.
namespace {

const QString An = QStringLiteral("Nguyễn Văn An");
const QString Hoa = QStringLiteral("Lê Thị Hoa");
const QString Binh = QStringLiteral("Trần Văn Bình");
const QString Dung = QStringLiteral("Phạm Thị Dung");

Congress congress12()
{
    Congress c;
    c.id = 7;
    c.officialMembers = c.summoned = 12;
    c.exclusions.absentWithReason = 1;
    c.present = 11; // base 11: 6 votes elect
    return c;
}

Election election(ElectionOffice office, int seats, const QList<CandidateVotes> &candidates)
{
    Election e;
    e.congressId = 7;
    e.office = office;
    e.totalSeats = seats;
    ElectionRound round;
    round.seats = seats;
    round.ballots = {11, 11, 11, 0};
    round.candidates = candidates;
    e.rounds.append(round);
    return e;
}

// An, Hoa and Bình are elected; Dung's 5 votes are not more than half of 11.
Election committee()
{
    return election(ElectionOffice::Committee, 3, {{An, 10}, {Hoa, 9}, {Binh, 8}, {Dung, 5}});
}

} // namespace

Q_DECLARE_METATYPE(daihoi::ElectionOffice)

class TestSecretaryFromCommittee : public QObject
{
    Q_OBJECT
private slots:
    void candidates_data()
    {
        QTest::addColumn<ElectionOffice>("office");
        QTest::addColumn<bool>("withCommittee");
        QTest::addColumn<bool>("committeeElectedAnyone");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("refusal"); // empty: accepted; else words the message must hold

        const auto S = ElectionOffice::Secretary;
        const auto D = ElectionOffice::DeputySecretary;
        QTest::newRow("member") << S << true << true << Hoa << QString();
        QTest::newRow("member, other case and spacing")
            << S << true << true << QStringLiteral(" lê  thị HOA ") << QString();
        QTest::newRow("typo refused")
            << S << true << true << QStringLiteral("Lê Thi Hoa")
            << QStringLiteral("Lê Thi Hoa is not an elected member of the executive "
                              "committee; the secretary is elected from its members "
                              "(Nguyễn Văn An, Lê Thị Hoa, Trần Văn Bình).");
        QTest::newRow("candidate not elected refused")
            << S << true << true << Dung << QStringLiteral("Phạm Thị Dung is not an elected member");
        QTest::newRow("deputy typo refused")
            << D << true << true << QStringLiteral("Tran Van Binh")
            << QStringLiteral("the deputy secretary is elected from its members");
        QTest::newRow("deputy member") << D << true << true << Binh << QString();
        QTest::newRow("committee elected nobody yet")
            << S << true << false << An << QStringLiteral("none is elected yet");
        QTest::newRow("no chi ủy: free text")
            << S << false << false << QStringLiteral("Lê Thi Hoa") << QString();
        QTest::newRow("no chi ủy: deputy free text") << D << false << false << Dung << QString();
    }
    void candidates()
    {
        QFETCH(ElectionOffice, office);
        QFETCH(bool, withCommittee);
        QFETCH(bool, committeeElectedAnyone);
        QFETCH(QString, candidate);
        QFETCH(QString, refusal);

        QList<Election> elections;
        if (withCommittee) {
            Election chiUy = committee();
            if (!committeeElectedAnyone) {
                for (CandidateVotes &c : chiUy.rounds[0].candidates)
                    c.votes = 3;
            }
            elections << chiUy;
        }
        const Election office1 = election(office, 1, {{candidate, 11}});
        elections << office1;
        const QStringList errors = office1.errors(congress12(), elections);
        if (refusal.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.first().startsWith(QStringLiteral("Round 1: ")), qPrintable(errors.first()));
            QVERIFY2(errors.first().contains(candidate.simplified()), qPrintable(errors.first()));
            QVERIFY2(errors.first().contains(refusal), qPrintable(errors.first()));
        }
        // The plain check, which knows no other election, never refuses a name.
        QVERIFY(office1.errors(congress12()).isEmpty());
    }

    void committeeItselfIsNotChecked()
    {
        const QList<Election> elections = {committee()};
        QVERIFY(committee().errors(congress12(), elections).isEmpty());
    }

    void electedCommitteeLists()
    {
        QStringList members;
        QVERIFY(!Election::electedCommittee(congress12(), {}, &members));
        QVERIFY(Election::electedCommittee(congress12(), {committee()}, &members));
        QCOMPARE(members, (QStringList{An, Hoa, Binh}));
    }
};

QTEST_MAIN(TestSecretaryFromCommittee)
#include "tst_secretary_from_committee.moc"
