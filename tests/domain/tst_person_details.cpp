#include "domain/committee/CommitteeBuilder.h"
#include "domain/committee/CompositionFigures.h"

#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(daihoi::Gender)

namespace {

CommitteeMember memberOf(const QString &name, Gender gender, const QString &ethnicity)
{
    CommitteeMember m;
    m.person.fullName = name;
    m.person.gender = gender;
    m.person.ethnicity = ethnicity;
    return m;
}

} // namespace

// Gender and ethnicity start unknown and are counted apart until the clerk records them (issue 12, item 3).
class TestPersonDetails : public QObject
{
    Q_OBJECT
private slots:
    void aNewPersonHasNoGenderOrEthnicityYet()
    {
        const Person person;
        QCOMPARE(person.gender, Gender::Unknown);
        QVERIFY(person.ethnicity.isEmpty());
        QVERIFY(person.lacksDetails());
        QVERIFY(!person.isEthnicMinority());
    }

    void aNewlyElectedMemberStartsUnknown()
    {
        Congress congress;
        congress.id = 3;
        congress.officialMembers = congress.summoned = congress.present = 5;
        Election secretary;
        secretary.congressId = 3;
        secretary.office = ElectionOffice::Secretary;
        secretary.totalSeats = 1;
        ElectionRound round;
        round.seats = 1;
        round.ballots = {5, 5, 5, 0};
        round.candidates = {{QStringLiteral("Lê Thị Hoa"), 5}};
        secretary.rounds.append(round);
        const QList<CommitteeMember> members = CommitteeBuilder::build(congress, {secretary}, {}, {});
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().person.gender, Gender::Unknown);
        QVERIFY(members.first().person.ethnicity.isEmpty());
    }

    void proposedGender_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Gender>("proposed");
        QTest::newRow("Thị as middle name") << QStringLiteral("Lê Thị Hoa") << Gender::Female;
        QTest::newRow("Thị among several middle names") << QStringLiteral("Nguyễn Thị Thu Hằng") << Gender::Female;
        QTest::newRow("extra spaces") << QStringLiteral("  Trần   Thị  Lan ") << Gender::Female;
        QTest::newRow("capitals") << QStringLiteral("PHẠM THỊ MAI") << Gender::Female;
        QTest::newRow("Văn as middle name") << QStringLiteral("Nguyễn Văn An") << Gender::Male;
        QTest::newRow("other middle name") << QStringLiteral("Vũ Ngọc Anh") << Gender::Unknown;
        QTest::newRow("Thi without its accent") << QStringLiteral("Lê Thi Hoa") << Gender::Unknown;
        QTest::newRow("Thị as a given name") << QStringLiteral("Nguyễn Văn Thị") << Gender::Male;
        QTest::newRow("Thị as a family name") << QStringLiteral("Thị Minh Hà") << Gender::Unknown;
        QTest::newRow("two words") << QStringLiteral("Lê Hoa") << Gender::Unknown;
        QTest::newRow("both middle names") << QStringLiteral("Lê Văn Thị Hoa") << Gender::Unknown;
        QTest::newRow("empty") << QString() << Gender::Unknown;
    }
    void proposedGender()
    {
        QFETCH(QString, name);
        QFETCH(Gender, proposed);
        QCOMPARE(Person::proposedGender(name), proposed);
    }

    void genderKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Gender>("gender");
        QTest::newRow("female") << QStringLiteral("female") << true << Gender::Female;
        QTest::newRow("male") << QStringLiteral("male") << true << Gender::Male;
        QTest::newRow("empty is unknown") << QString() << true << Gender::Unknown;
        QTest::newRow("other") << QStringLiteral("nu") << false << Gender::Unknown;
    }
    void genderKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QFETCH(Gender, gender);
        Gender read = Gender::Unknown;
        QCOMPARE(Person::genderFromKey(key, &read), valid);
        if (valid) {
            QCOMPARE(read, gender);
            QCOMPARE(Person::genderKey(read), key.isNull() ? QStringLiteral("") : key);
        }
    }

    void compositionCountsTheUnknownApart()
    {
        const QList<CommitteeMember> members = {
            memberOf(QStringLiteral("Nguyễn Văn An"), Gender::Male, QStringLiteral("Kinh")),
            memberOf(QStringLiteral("Lê Thị Hoa"), Gender::Unknown, QString()),
            memberOf(QStringLiteral("Vũ Ngọc Anh"), Gender::Unknown, QStringLiteral("Tày")),
        };
        const CompositionFigures f = CompositionFigures::of(members, 3, QDate(2022, 8, 20), 40);
        QCOMPARE(f.women, 0); // the proposal for "Thị" is not counted until confirmed
        QCOMPARE(f.men, 1);
        QCOMPARE(f.genderUnknown, 2);
        QCOMPARE(f.ethnicMinority, 1);
        QCOMPARE(f.ethnicityUnknown, 1);
        QCOMPARE(f.detailsMissing, 2);
        QVERIFY(!f.isComplete());

        CompositionFigures sum = f;
        sum.add(CompositionFigures::of({memberOf(QStringLiteral("Trần Thị Lan"), Gender::Female, QStringLiteral("Kinh"))},
                                       1, QDate(2022, 9, 1), 40));
        QCOMPARE(sum.women, 1);
        QCOMPARE(sum.genderUnknown, 2);
        QCOMPARE(sum.detailsMissing, 2);
        QCOMPARE(sum.members, 4);
    }

    void moreMembersThanSeatsIsCounted()
    {
        QList<CommitteeMember> members;
        for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
            members.append(memberOf(name, Gender::Male, QStringLiteral("Kinh")));
        const CompositionFigures over = CompositionFigures::of(members, 3, QDate(2022, 8, 20), 40);
        QCOMPARE(over.congressesOverSeats, 1);
        QCOMPARE(over.membersOverSeats, 1);
        QCOMPARE(over.unfilled(), 0);
        // Summed with a committee one short, the excess is still seen.
        CompositionFigures sum = over;
        sum.add(CompositionFigures::of(members.mid(0, 2), 3, QDate(2022, 8, 20), 40));
        QCOMPARE(sum.members, sum.seats);
        QCOMPARE(sum.congressesOverSeats, 1);
        QCOMPARE(sum.membersOverSeats, 1);
        const CompositionFigures full = CompositionFigures::of(members.mid(0, 3), 3, QDate(2022, 8, 20), 40);
        QCOMPARE(full.congressesOverSeats, 0);
    }
};

QTEST_GUILESS_MAIN(TestPersonDetails)
#include "tst_person_details.moc"
