#include "CliRunner.h"

#include <QTemporaryDir>
#include <QtTest>

// `daihoi-cli plan`: where a committee's units stand against its plan on a day, run on the demo as a clerk would.
using namespace daihoi;

class TestCliPlan : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;
    CliRunner m_cli;

    CliRunner::Result plan(const QString &unit, const QString &term, const QString &on, bool english)
    {
        QStringList args;
        if (english)
            args << QStringLiteral("--lang") << QStringLiteral("en");
        args << QStringLiteral("plan") << m_database << QStringLiteral("--unit") << unit << QStringLiteral("--term")
             << term;
        if (!on.isEmpty())
            args << QStringLiteral("--on") << on;
        return m_cli.run(args);
    }

private slots:
    void initTestCase()
    {
        m_database = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(m_cli.run({QStringLiteral("demo"), m_database}).exitCode, 0);
    }

    void standsOnADay_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("on");
        QTest::addColumn<bool>("english");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("UBND-15 overdue on 10/7/2017")
            << "UBND" << "2017-2020" << "2017-07-10" << true
            << QStringList{QStringLiteral("Plan no. 25-KH/ĐU of 26/5/2017"), QStringLiteral("held on time: 13"),
                           QStringLiteral("held late: 1"), QStringLiteral("overdue: 1"), QStringLiteral("upcoming: 0"),
                           QStringLiteral("not scheduled: 0"),
                           QStringLiteral("UBND-15: scheduled 06/07/2017, not held "
                                          "(Chi bộ Ban Quản lý dự án đầu tư xây dựng)")};
        QTest::newRow("UBND-15 upcoming on 30/6/2017")
            << "UBND" << "2017-2020" << "2017-06-30" << true
            << QStringList{QStringLiteral("Plan no. 25-KH/ĐU of 26/5/2017"), QStringLiteral("held on time: 13"),
                           QStringLiteral("held late: 1"), QStringLiteral("overdue: 0"), QStringLiteral("upcoming: 1"),
                           QStringLiteral("not scheduled: 0")};
        // Before the season: nothing held; the six congresses of 21–23/6 are within the 14 days, the rest later.
        QTest::newRow("UBND before the season")
            << "UBND" << "2017-2020" << "2017-06-10" << true
            << QStringList{QStringLiteral("Plan no. 25-KH/ĐU of 26/5/2017"), QStringLiteral("held on time: 0"),
                           QStringLiteral("held late: 0"), QStringLiteral("overdue: 0"), QStringLiteral("upcoming: 6"),
                           QStringLiteral("not scheduled: 9")};
        QTest::newRow("the bloc's work items, in Vietnamese")
            << "BT-DDT" << "2020-2025" << "2020-06-25" << false
            << QStringList{QStringLiteral("Kế hoạch số 48-KH/QU ngày 2/3/2020"),
                           QStringLiteral("đã tổ chức đúng hạn: 7"), QStringLiteral("đã tổ chức chậm: 0"),
                           QStringLiteral("quá hạn, chưa tổ chức: 0"), QStringLiteral("sắp tổ chức (14 ngày tới): 0"),
                           QStringLiteral("chưa xếp lịch hoặc chưa đến lịch: 0"),
                           QStringLiteral("11/15 đầu việc đã hoàn thành, 2 đầu việc quá hạn"),
                           QStringLiteral("12. Tổng hợp kết quả đại hội báo cáo Quận ủy (Văn phòng Đảng ủy Khối): "
                                          "hạn 10/06/2020, đang làm"),
                           QStringLiteral("13. Sơ kết công tác đại hội các chi bộ (Ban Thường vụ Đảng ủy Khối): "
                                          "hạn 20/06/2020, chưa làm")};
        QTest::newRow("the sub-committee's chi bộ met after its date")
            << "BT-DDT-MT" << "2020-2025" << "2020-05-20" << true
            << QStringList{QStringLiteral("Plan no. 12-KH/ĐU of 6/4/2020"), QStringLiteral("held on time: 4"),
                           QStringLiteral("held late: 1"), QStringLiteral("overdue: 0"), QStringLiteral("upcoming: 0"),
                           QStringLiteral("not scheduled: 0")};
    }

    void standsOnADay()
    {
        QFETCH(QString, unit);
        QFETCH(QString, term);
        QFETCH(QString, on);
        QFETCH(bool, english);
        QFETCH(QStringList, lines);
        const CliRunner::Result run = plan(unit, term, on, english);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')), lines);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("on");
        QTest::addColumn<QString>("message");
        QTest::newRow("no plan") << "VH-01" << ""
                                 << "Chi bộ Khu đô thị Việt Hưng 1 (VH-01) chưa có kế hoạch đại hội nhiệm kỳ 2020–2025.";
        QTest::newRow("not a date") << "BT-DDT" << "10/7/2017"
                                    << "Ngày \"10/7/2017\" không viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2017-07-10.";
        QTest::newRow("no such unit") << "XX" << "" << "Không có đơn vị nào có mã XX.";
    }

    void refuses()
    {
        QFETCH(QString, unit);
        QFETCH(QString, on);
        QFETCH(QString, message);
        const CliRunner::Result run = plan(unit, QStringLiteral("2020-2025"), on, false);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), message);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
