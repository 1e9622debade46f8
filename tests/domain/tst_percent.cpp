#include "domain/Percent.h"

#include <QtTest>

using namespace daihoi;

class TestPercent : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<qint64>("part");
        QTest::addColumn<qint64>("whole");
        QTest::addColumn<QString>("vietnamese");
        QTest::addColumn<QString>("machine");
        QTest::newRow("half up 22,565") << qint64(4513) << qint64(20000) << "22,57" << "22.57";
        QTest::newRow("two thirds") << qint64(2) << qint64(3) << "66,67" << "66.67";
        QTest::newRow("one third") << qint64(1) << qint64(3) << "33,33" << "33.33";
        QTest::newRow("14 of 15") << qint64(14) << qint64(15) << "93,33" << "93.33";
        QTest::newRow("all") << qint64(23) << qint64(23) << "100,00" << "100.00";
        QTest::newRow("none") << qint64(0) << qint64(11) << "0,00" << "0.00";
        QTest::newRow("10 of 11") << qint64(10) << qint64(11) << "90,91" << "90.91";
        QTest::newRow("exact half hundredth 1/8") << qint64(1) << qint64(8) << "12,50" << "12.50";
        QTest::newRow("1/16 = 6,25") << qint64(1) << qint64(16) << "6,25" << "6.25";
        QTest::newRow("1/32 = 3,125 rounds up") << qint64(1) << qint64(32) << "3,13" << "3.13";
        QTest::newRow("zero whole") << qint64(5) << qint64(0) << "0,00" << "0.00";
        QTest::newRow("large") << qint64(2999999) << qint64(3000000) << "100,00" << "100.00";
    }
    void format()
    {
        QFETCH(qint64, part);
        QFETCH(qint64, whole);
        QFETCH(QString, vietnamese);
        QFETCH(QString, machine);
        QCOMPARE(Percent::format(part, whole), vietnamese);
        QCOMPARE(Percent::format(part, whole, QLatin1Char('.')), machine);
    }
};

QTEST_GUILESS_MAIN(TestPercent)
#include "tst_percent.moc"
