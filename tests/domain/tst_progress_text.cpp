#include "domain/Progress.h"

#include <QtTest>

using namespace daihoi;

class TestProgressText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); }

    void headline_data()
    {
        QTest::addColumn<int>("held");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("branches");
        QTest::addColumn<QString>("expected");
        QTest::newRow("14/15") << 14 << 15 << 15 << "14/15 branches have held their congress (93,33 %)";
        QTest::newRow("23/23") << 23 << 23 << 23 << "23/23 branches have held their congress (100,00 %)";
        QTest::newRow("mixed levels") << 2 << 3 << 2
                                      << "2/3 subordinate party organisations have held their congress (66,67 %)";
    }
    void headline()
    {
        QFETCH(int, held);
        QFETCH(int, units);
        QFETCH(int, branches);
        QFETCH(QString, expected);
        Progress progress;
        progress.heldCount = held;
        progress.unitCount = units;
        progress.branchCount = branches;
        QCOMPARE(progress.headline(), expected);
    }

    void dateSpan_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same year") << QDate(2022, 8, 20) << QDate(2022, 9, 11) << "from 20/8 to the end of 11/9/2022";
        QTest::newRow("across years") << QDate(2019, 12, 28) << QDate(2020, 1, 5)
                                      << "from 28/12/2019 to the end of 5/1/2020";
        QTest::newRow("one day") << QDate(2017, 6, 21) << QDate(2017, 6, 21) << "on 21/6/2017";
        QTest::newRow("nothing held") << QDate() << QDate() << "";
    }
    void dateSpan()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QString, expected);
        QCOMPARE(Progress::dateSpan(first, last), expected);
    }
};

QTEST_GUILESS_MAIN(TestProgressText)
#include "tst_progress_text.moc"
