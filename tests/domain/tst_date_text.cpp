#include "domain/DateText.h"

#include <QtTest>

using namespace daihoi;

// The dates a clerk types into a date field, and the ones that must be refused with a reason.
class TestDateText : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("reason"); // part of the refusal

        const QDate july6(2017, 7, 6);
        QTest::newRow("short") << "6/7/2017" << true << july6 << QString();
        QTest::newRow("padded") << "06/07/2017" << true << july6 << QString();
        QTest::newRow("digits only") << "06072017" << true << july6 << QString();
        QTest::newRow("dashes") << "6-7-2017" << true << july6 << QString();
        QTest::newRow("dots") << "06.07.2017" << true << july6 << QString();
        QTest::newRow("spaces around") << "  6 / 7 / 2017 " << true << july6 << QString();
        QTest::newRow("iso pasted") << "2017-07-06" << true << july6 << QString();
        QTest::newRow("two-digit year is 20yy") << "6/7/17" << true << july6 << QString();
        QTest::newRow("six digits") << "060717" << true << july6 << QString();
        QTest::newRow("leap day") << "29/02/2024" << true << QDate(2024, 2, 29) << QString();
        QTest::newRow("empty empties") << "" << true << QDate() << QString();
        QTest::newRow("blank empties") << "   " << true << QDate() << QString();

        QTest::newRow("31 February") << "31/02/2022" << false << QDate() << "month 2 of 2022 has only 28 days";
        QTest::newRow("29 February, no leap year") << "29022023" << false << QDate()
                                                   << "month 2 of 2023 has only 28 days";
        QTest::newRow("31 April") << "31/4/2020" << false << QDate() << "month 4 of 2020 has only 30 days";
        QTest::newRow("day zero") << "0/7/2017" << false << QDate() << "month 7 of 2017 has only 31 days";
        QTest::newRow("month 13") << "6/13/2017" << false << QDate() << "there is no month 13";
        QTest::newRow("seven digits is ambiguous") << "6072017" << false << QDate() << "day/month/year";
        QTest::newRow("no year") << "6/7" << false << QDate() << "day/month/year";
        QTest::newRow("three-digit year") << "6/7/201" << false << QDate() << "day/month/year";
        QTest::newRow("words") << "mùng 6" << false << QDate() << "day/month/year";
        QTest::newRow("implausible year") << "6/7/1850" << false << QDate() << "1850 is not a plausible year";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QDate, date);
        QFETCH(QString, reason);
        QDate parsed(2000, 1, 1);
        QString error;
        QCOMPARE(DateText::parse(text, &parsed, &error), accepted);
        QCOMPARE(parsed, date);
        if (accepted)
            QVERIFY(error.isEmpty());
        else
            QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_date_text.moc"
