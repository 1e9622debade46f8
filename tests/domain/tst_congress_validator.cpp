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
