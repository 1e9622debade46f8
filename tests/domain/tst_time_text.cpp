#include "domain/NameList.h"
#include "domain/TimeText.h"

#include <QtTest>

using namespace daihoi;

// The times a clerk types into the opening and closing time fields, and the name lists typed in one line.
class TestTimeText : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("reason"); // part of the refusal

        const QTime half7(7, 30);
        QTest::newRow("colon") << "7:30" << true << half7 << QString();
        QTest::newRow("padded") << "07:30" << true << half7 << QString();
        QTest::newRow("three digits") << "730" << true << half7 << QString();
        QTest::newRow("four digits") << "0730" << true << half7 << QString();
        QTest::newRow("dot") << "7.30" << true << half7 << QString();
        QTest::newRow("h and minutes") << "7h30" << true << half7 << QString();
        QTest::newRow("whole hour with h") << "14h" << true << QTime(14, 0) << QString();
        QTest::newRow("capital H") << "14H" << true << QTime(14, 0) << QString();
        QTest::newRow("giờ") << "14 giờ 05" << true << QTime(14, 5) << QString();
        QTest::newRow("giờ phút") << "11 giờ 30 phút" << true << QTime(11, 30) << QString();
        QTest::newRow("whole hour digits") << "14" << true << QTime(14, 0) << QString();
        QTest::newRow("one digit") << "8" << true << QTime(8, 0) << QString();
        QTest::newRow("midnight") << "0:00" << true << QTime(0, 0) << QString();
        QTest::newRow("last minute") << "2359" << true << QTime(23, 59) << QString();
        QTest::newRow("spaces around") << "  7:30 " << true << half7 << QString();
        QTest::newRow("empty empties") << "" << true << QTime() << QString();

        QTest::newRow("hour 25") << "25:00" << false << QTime() << "there is no hour 25";
        QTest::newRow("minute 75") << "775" << false << QTime() << "there is no minute 75";
        QTest::newRow("minute 60") << "7:60" << false << QTime() << "there is no minute 60";
        QTest::newRow("one-digit minutes") << "7:5" << false << QTime() << "two digits";
        QTest::newRow("five digits") << "07300" << false << QTime() << "hours:minutes";
        QTest::newRow("words") << "sáng" << false << QTime() << "hours:minutes";
        QTest::newRow("seconds") << "7:30:15" << false << QTime() << "hours:minutes";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QTime, time);
        QFETCH(QString, reason);
        QTime parsed(1, 1);
        QString error;
        QCOMPARE(TimeText::parse(text, &parsed, &error), accepted);
        QCOMPARE(parsed, time);
        if (accepted) {
            QVERIFY(error.isEmpty());
            if (time.isValid()) // what the field shows back parses to the same time
                QCOMPARE(TimeText::format(parsed), time.toString(QStringLiteral("HH:mm")));
        } else {
            QVERIFY2(error.contains(reason), qPrintable(error));
        }
    }

    void nameList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("joined");
        QTest::newRow("two") << "Nguyễn Văn An; Trần Thị Bình"
                             << QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình")}
                             << "Nguyễn Văn An; Trần Thị Bình";
        QTest::newRow("untidy") << " Nguyễn  Văn An ;;Trần Thị Bình;  "
                                << QStringList{QStringLiteral("Nguyễn Văn An"),
                                               QStringLiteral("Trần Thị Bình")}
                                << "Nguyễn Văn An; Trần Thị Bình";
        QTest::newRow("a comma stays in the name")
            << "Lê Hoa, Bí thư" << QStringList{QStringLiteral("Lê Hoa, Bí thư")} << "Lê Hoa, Bí thư";
        QTest::newRow("empty") << "  " << QStringList() << "";
    }
    void nameList()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(QString, joined);
        QCOMPARE(NameList::split(text), names);
        QCOMPARE(NameList::join(NameList::split(text)), joined);
    }
};

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_time_text.moc"
