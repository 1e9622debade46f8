#include "domain/CongressValidator.h"

#include <QtTest>

using namespace daihoi;

namespace {

Congress validCongress()
{
    Congress c;
    c.id = 1;
    c.unitId = 1;
    c.termId = 1;
    c.status = Congress::Status::Held;
    c.heldFrom = QDate(2022, 8, 20);
    c.heldTo = QDate(2022, 8, 20);
    c.officialMembers = 30;
    c.probationaryMembers = 2;
    c.summoned = 30;
    c.present = 27;
    c.exclusions.absentWithReason = 2;
    c.exclusions.suspended = 1;
    return c;
}

Term term2022() { return Term{1, 2022, 2025}; }

} // namespace

class TestCongressValidator : public QObject
{
    Q_OBJECT
private slots:
    void validRecordPasses() { QVERIFY(CongressValidator::validate(validCongress(), term2022()).isEmpty()); }

    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("present over summoned") << "present=31" << "present" << "Present (31) exceeds summoned (30).";
        QTest::newRow("summoned over official") << "summoned=31" << "summoned"
            << "Summoned (31) exceeds the official members (30): only official members are summoned to vote.";
        QTest::newRow("exclusions over absent") << "present=28" << "exclusions"
            << "The absences excluded from the base (3) exceed the members absent (30 summoned − 28 present = 2).";
        QTest::newRow("held to before held from") << "heldTo=2022-08-19" << "heldTo"
                                                  << "Held to (19/08/2022) is before held from (20/08/2022).";
        QTest::newRow("held before the term") << "heldFrom=2021-12-31" << "heldFrom"
                                              << "Held from (31/12/2021) lies outside the term 2022–2025.";
        QTest::newRow("held after the term") << "heldTo=2026-01-02" << "heldTo"
                                             << "Held to (02/01/2026) lies outside the term 2022–2025.";
        QTest::newRow("planned outside the term") << "plannedDate=2030-05-01" << "plannedDate"
                                                  << "Planned date (01/05/2030) lies outside the term 2022–2025.";
        QTest::newRow("held without a date") << "heldFrom=" << "heldFrom"
                                             << "A held congress needs the date it opened (held from).";
        QTest::newRow("negative probationary") << "probationaryMembers=-1" << "probationaryMembers"
                                               << "Probationary members cannot be negative (-1).";
    }
    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Congress c = validCongress();
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const QString value = change.section(QLatin1Char('='), 1);
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (key == QLatin1String("present"))
            c.present = value.toInt();
        else if (key == QLatin1String("summoned"))
            c.summoned = value.toInt();
        else if (key == QLatin1String("probationaryMembers"))
            c.probationaryMembers = value.toInt();
        else if (key == QLatin1String("heldFrom"))
            c.heldFrom = date;
        else if (key == QLatin1String("heldTo"))
            c.heldTo = date;
        else if (key == QLatin1String("plannedDate"))
            c.plannedDate = date;
        const FieldErrors errors = CongressValidator::validate(c, term2022());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QCOMPARE(errors.first().message, message);
    }

    // The conduct of the congress (domain.md §2): each change applied to a valid record with opening 07:30,
    // closing 11:30, a presidium, a secretary and a counting board of three, and 27 present.
    void conductRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::addColumn<QString>("message");
        QTest::newRow("votes for all present") << "votesFor=27" << "" << "";
        QTest::newRow("votes for not recorded") << "votesFor=0" << "" << "";
        QTest::newRow("votes for over present") << "votesFor=28" << "resolutionVotesFor"
            << "Resolution votes for (28) exceeds present (27): only those present vote on the resolution.";
        QTest::newRow("votes for negative") << "votesFor=-1" << "resolutionVotesFor"
                                            << "Resolution votes for cannot be negative (-1).";
        QTest::newRow("closing before opening") << "closing=07:00" << "closingTime"
            << "Closing time (07:00) is before opening time (07:30) on a one-day congress.";
        QTest::newRow("closing equal to opening") << "closing=07:30" << "" << "";
        QTest::newRow("closing next morning of a two-day congress") << "closing=07:00;heldTo=2022-08-21" << ""
                                                                    << "";
        QTest::newRow("only the closing time known") << "opening=" << "" << "";
        QTest::newRow("empty presidium name") << "presidium=Nguyễn Văn An,  " << "presidium"
                                              << "Presidium: name 2 of 2 is empty.";
        QTest::newRow("line break in a secretary") << "secretaries=Lê Thị\nHoa" << "secretaries"
            << "Secretaries: “Lê Thị·Hoa” contains a line break, tab or other control character; a name is "
               "written on one line.";
        QTest::newRow("tab in the head") << "head=Trần\tVăn Dũng" << "countingBoardHead"
            << "Head of the counting board: “Trần·Văn Dũng” contains a line break, tab or other control "
               "character; a name is written on one line.";
        QTest::newRow("spaces around names are tidied") << "members=  Phạm  Thị Mai ,Đỗ Văn Hùng" << "" << "";
        QTest::newRow("head also a member") << "members=Phạm Thị Mai,trần văn dũng " << "countingBoardMembers"
            << "Trần Văn Dũng is the head of the counting board and cannot also be listed among its members.";
        QTest::newRow("no board at all") << "head=;members=" << "" << "";
    }
    void conductRefusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Congress c = validCongress();
        c.openingTime = QTime(7, 30);
        c.closingTime = QTime(11, 30);
        c.presidium = QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Thị Hoa")};
        c.secretaries = QStringList{QStringLiteral("Phạm Thu Trang")};
        c.countingBoardHead = QStringLiteral("Trần Văn Dũng");
        c.countingBoardMembers = QStringList{QStringLiteral("Phạm Thị Mai"), QStringLiteral("Đỗ Văn Hùng")};
        c.resolutionVotesFor = 27;
        for (const QString &part : change.split(QLatin1Char(';'))) {
            const QString key = part.section(QLatin1Char('='), 0, 0);
            QString value = part.section(QLatin1Char('='), 1);
            value.replace(QStringLiteral("\\n"), QStringLiteral("\n")).replace(QStringLiteral("\\t"), QStringLiteral("\t"));
            const QStringList names = value.split(QLatin1Char(','));
            if (key == QLatin1String("votesFor"))
                c.resolutionVotesFor = value.toInt();
            else if (key == QLatin1String("opening"))
                c.openingTime = QTime::fromString(value, QStringLiteral("HH:mm"));
            else if (key == QLatin1String("closing"))
                c.closingTime = QTime::fromString(value, QStringLiteral("HH:mm"));
            else if (key == QLatin1String("heldTo"))
                c.heldTo = QDate::fromString(value, Qt::ISODate);
            else if (key == QLatin1String("presidium"))
                c.presidium = names;
            else if (key == QLatin1String("secretaries"))
                c.secretaries = names;
            else if (key == QLatin1String("head"))
                c.countingBoardHead = value;
            else if (key == QLatin1String("members"))
                c.countingBoardMembers = value.isEmpty() ? QStringList() : names;
        }
        const FieldErrors errors = CongressValidator::validate(c, term2022());
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QCOMPARE(errors.first().message, message);
    }

    void delegatesCongressMaySummonMoreThanMembers()
    {
        Congress c = validCongress();
        c.kind = CongressKind::Delegates;
        c.officialMembers = 0; // a delegates congress summons delegates, not all members
        c.summoned = 120;
        c.present = 115;
        c.exclusions = {};
        c.exclusions.absentWithoutAlternate = 3;
        QVERIFY(CongressValidator::validate(c, term2022()).isEmpty());
        QCOMPARE(c.base(), 117);
    }
};

QTEST_GUILESS_MAIN(TestCongressValidator)
#include "tst_congress_validator.moc"
