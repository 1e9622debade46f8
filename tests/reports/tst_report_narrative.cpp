#include "reports/SummaryNarrative.h"

#include <QtTest>

// Declared before the tests use it in QFETCH (a Release build instantiates it there).
Q_DECLARE_METATYPE(daihoi::NarrativeFigures)

using namespace daihoi;

// The narrative paragraph follows the figures: one row per rule.
class TestReportNarrative : public QObject
{
    Q_OBJECT
private:
    static NarrativeFigures figures(int units, int held, QDate first, QDate last)
    {
        NarrativeFigures f;
        f.committeeName = QStringLiteral("Đảng bộ phường Việt Hưng");
        f.termLabel = QStringLiteral("2022–2025");
        f.progress.unitCount = units;
        f.progress.branchCount = units;
        f.progress.heldCount = held;
        f.progress.firstHeld = first;
        f.progress.lastHeld = last;
        f.present = 95;
        f.summoned = 100;
        f.composition.members = 9;
        f.composition.seats = 9;
        f.composition.reelected = 6;
        f.composition.women = 3;
        f.composition.young = 1;
        f.composition.secretariesElectedAtCongress = held;
        f.composition.secretariesWithFullApproval = held;
        f.composition.lowestSecretaryPercent = 10000;
        return f;
    }

private slots:
    void sentences_data()
    {
        QTest::addColumn<NarrativeFigures>("figures");
        QTest::addColumn<QStringList>("contains");
        QTest::addColumn<QStringList>("absent");
        const QDate from(2022, 8, 20);
        const QDate to(2022, 9, 11);

        NarrativeFigures complete = figures(23, 23, from, to);
        QTest::newRow("complete")
            << complete
            << QStringList{QStringLiteral("Từ ngày 20/8 đến hết ngày 11/9/2022, 23/23 chi bộ trực thuộc Đảng bộ phường "
                                          "Việt Hưng đã tổ chức thành công Đại hội chi bộ nhiệm kỳ 2022–2025."),
                           QStringLiteral("Các đồng chí Bí thư chi bộ đều đạt tỷ lệ 100\u00A0% phiếu tán thành."),
                           QStringLiteral("đạt 95,00\u00A0%")}
            << QStringList{QStringLiteral("chưa tổ chức"), QStringLiteral("chưa bầu đủ")};

        NarrativeFigures oneMissing = figures(15, 14, QDate(2017, 6, 21), QDate(2017, 6, 27));
        oneMissing.pendingUnits = {QStringLiteral("Chi bộ Ban Quản lý dự án đầu tư xây dựng")};
        QTest::newRow("one not held")
            << oneMissing
            << QStringList{QStringLiteral("14/15 chi bộ trực thuộc"),
                           QStringLiteral("; còn Chi bộ Ban Quản lý dự án đầu tư xây dựng chưa tổ chức đại hội.")}
            << QStringList{QStringLiteral("danh sách tại bảng")};

        NarrativeFigures twoMissing = figures(15, 13, from, to);
        twoMissing.pendingUnits = {QStringLiteral("Chi bộ A"), QStringLiteral("Chi bộ B")};
        QTest::newRow("two not held") << twoMissing
                                      << QStringList{QStringLiteral("còn 2 chi bộ chưa tổ chức đại hội: Chi bộ A và Chi bộ B.")}
                                      << QStringList{};

        NarrativeFigures manyMissing = figures(300, 290, from, to);
        for (int i = 0; i < 10; ++i)
            manyMissing.pendingUnits << QStringLiteral("Chi bộ %1").arg(i);
        QTest::newRow("many not held") << manyMissing
                                       << QStringList{QStringLiteral("còn 10 chi bộ chưa tổ chức đại hội (danh sách tại bảng kèm theo).")}
                                       << QStringList{QStringLiteral("Chi bộ 0")};

        NarrativeFigures planned = oneMissing;
        planned.planTitle = QStringLiteral("Kế hoạch số 25-KH/ĐU ngày 26/5/2017");
        planned.planStandings = {13, 1, 1, 0, 0};
        QTest::newRow("against the plan")
            << planned
            << QStringList{QStringLiteral("Thực hiện Kế hoạch số 25-KH/ĐU ngày 26/5/2017, 13 chi bộ tổ chức đại hội đúng "
                                          "tiến độ, 1 chi bộ tổ chức chậm so với kế hoạch; 1 chi bộ đã quá hạn nhưng "
                                          "chưa tổ chức.")}
            << QStringList{QStringLiteral("14 ngày tới")};

        NarrativeFigures seasonAhead = figures(15, 0, QDate(), QDate());
        seasonAhead.planTitle = QStringLiteral("Kế hoạch số 25-KH/ĐU ngày 26/5/2017");
        seasonAhead.planStandings = {0, 0, 0, 6, 9};
        QTest::newRow("before the season")
            << seasonAhead
            << QStringList{QStringLiteral("Thực hiện Kế hoạch số 25-KH/ĐU ngày 26/5/2017, 6 chi bộ sẽ tổ chức trong 14 "
                                          "ngày tới.")}
            << QStringList{QStringLiteral("đúng tiến độ")};

        NarrativeFigures noPlan = oneMissing;
        QTest::newRow("without a plan") << noPlan << QStringList{} << QStringList{QStringLiteral("Thực hiện")};

        NarrativeFigures lowSecretary = figures(23, 23, from, to);
        lowSecretary.composition.secretariesWithFullApproval = 21;
        lowSecretary.composition.lowestSecretaryPercent = 8571;
        QTest::newRow("secretary below 100")
            << lowSecretary
            << QStringList{QStringLiteral("21/23 đồng chí Bí thư chi bộ đạt tỷ lệ 100\u00A0% phiếu tán thành; "
                                          "tỷ lệ thấp nhất là 85,71\u00A0%.")}
            << QStringList{QStringLiteral("đều đạt")};

        NarrativeFigures unfilled = figures(23, 23, from, to);
        unfilled.composition.seats = 10;
        unfilled.unfilledUnits = {QStringLiteral("Chi bộ Tổ dân phố số 5")};
        QTest::newRow("unfilled seat")
            << unfilled
            << QStringList{QStringLiteral("Còn 1 vị trí cấp ủy viên chưa bầu đủ so với số lượng đại hội quyết định "
                                          "(tại Chi bộ Tổ dân phố số 5).")}
            << QStringList{};

        NarrativeFigures appointed = figures(23, 23, from, to);
        appointed.composition.secretariesElectedAtCongress = 22;
        appointed.composition.secretariesWithFullApproval = 22;
        appointed.composition.secretariesAppointed = 1;
        QTest::newRow("appointed") << appointed
                                   << QStringList{QStringLiteral("1 đồng chí Bí thư chi bộ do cấp ủy cấp trên chỉ định.")}
                                   << QStringList{};

        NarrativeFigures oneDay = figures(1, 1, from, from);
        QTest::newRow("one day") << oneDay << QStringList{QStringLiteral("Ngày 20/8/2022, 1/1 chi bộ")}
                                 << QStringList{QStringLiteral("Từ ngày")};

        NarrativeFigures none = figures(15, 0, QDate(), QDate());
        QTest::newRow("none held")
            << none
            << QStringList{QStringLiteral("Đến nay, chưa có chi bộ nào trong số 15 chi bộ trực thuộc Đảng bộ phường "
                                          "Việt Hưng tổ chức Đại hội chi bộ nhiệm kỳ 2022–2025.")}
            << QStringList{QStringLiteral("Bí thư")};

        NarrativeFigures mixed = figures(8, 8, from, to);
        mixed.progress.branchCount = 7;
        QTest::newRow("branches and sub-committees")
            << mixed << QStringList{QStringLiteral("8/8 tổ chức đảng trực thuộc"), QStringLiteral("Các đồng chí Bí thư đều đạt")}
            << QStringList{QStringLiteral("8/8 chi bộ")};
    }
    void sentences()
    {
        QFETCH(NarrativeFigures, figures);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, absent);
        const QString paragraph = SummaryNarrative::paragraph(figures);
        for (const QString &part : contains)
            QVERIFY2(paragraph.contains(part), qPrintable(QStringLiteral("missing «%1» in «%2»").arg(part, paragraph)));
        for (const QString &part : absent)
            QVERIFY2(!paragraph.contains(part), qPrintable(QStringLiteral("unexpected «%1» in «%2»").arg(part, paragraph)));
    }
};


QTEST_GUILESS_MAIN(TestReportNarrative)
#include "tst_report_narrative.moc"
