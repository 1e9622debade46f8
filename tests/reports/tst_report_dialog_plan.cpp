#include "../ui/ClerkInput.h"
#include "DemoPrintDialogTest.h"
#include "OfficeFiles.h"
#include "PdfText.h"
#include "reports/ReportDialog.h"
#include "storage/TermRepository.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// The print dialog of a committee offers its plan's timetable and the agenda of 14 days; the clerk picks them
// with the keyboard, types the agenda's first day and clicks Save. The save dialog is answered through
// ReportDialog::setNextFileName.
class TestReportDialogPlan : public DemoPrintDialogTest
{
    Q_OBJECT
private:
    static QLineEdit *field(ReportDialog &dialog, const char *name)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
        if (!edit)
            qFatal("the print dialog has no field %s", name);
        return edit;
    }

    static QPushButton *button(ReportDialog &dialog, const QString &text)
    {
        for (QPushButton *candidate : dialog.findChildren<QPushButton *>()) {
            if (candidate->text().remove(QLatin1Char('&')).contains(text))
                return candidate;
        }
        qFatal("the print dialog has no button %s", qPrintable(text));
    }

    // Clicks a Save button with the file the clerk would choose.
    void save(ReportDialog &dialog, const QString &buttonText, const QString &path)
    {
        ReportDialog::setNextFileName(path);
        QTest::mouseClick(button(dialog, buttonText), Qt::LeftButton);
        settle();
    }

    Term term(int start, int end)
    {
        Term found;
        QString error;
        TermRepository(m_workspace.database().connection()).byYears(start, end, &found, &error);
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(openDemo());
    }

    void timetableOfTheCommittee()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH")), m_term);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.availableKinds().contains(ReportKind::PlanSchedule));
        chooseKind(dialog, ReportKind::PlanSchedule);
        // The appendix carries the plan's number and date; only the agenda asks for a first day.
        QCOMPARE(field(dialog, "number")->text(), QStringLiteral("74-KH/ĐU"));
        QCOMPARE(field(dialog, "date")->text(), QStringLiteral("12/07/2022"));
        QVERIFY(!field(dialog, "agendaFrom")->isVisible());
        const QString path = m_dir.filePath(QStringLiteral("timetable.pdf"));
        save(dialog, QStringLiteral("PDF"), path);
        QCOMPARE(dialog.message(), QString());
        const QString text = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
        for (const QString &expected : {QStringLiteral("Số 74-KH/ĐU"), QStringLiteral("LỊCH TỔ CHỨC ĐẠI HỘI CÁC CHI BỘ"),
                                       QStringLiteral("STT Chi bộ Ngày, giờ Địa điểm Đồng chí phụ trách dự"),
                                       QStringLiteral("1 Chi bộ Khu đô thị Việt Hưng 1 (điểm) 19 giờ 30, thứ Bảy, 20/8/2022")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }

    // The clerk types the agenda's first day; the agenda is dated by it and lists the 14 days from it.
    void agendaFromATypedDay()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("UBND")), term(2017, 2020));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ReportKind::Agenda);
        QLineEdit *from = field(dialog, "agendaFrom");
        QVERIFY(from->isVisible());
        typeInto(from, QStringLiteral("30/6/2017"));
        QCOMPARE(field(dialog, "date")->text(), QStringLiteral("30/06/2017"));
        const QString path = m_dir.filePath(QStringLiteral("agenda.pdf"));
        save(dialog, QStringLiteral("PDF"), path);
        QCOMPARE(dialog.message(), QString());
        const QString ubnd15 = unit(QStringLiteral("UBND-15")).name;
        const QString text = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
        for (const QString &expected : {QStringLiteral("ngày 30 tháng 6 năm 2017"),
                                       QStringLiteral("từ ngày 30/6 đến ngày 13/7/2017"),
                                       QStringLiteral("1 %1").arg(ubnd15), QStringLiteral("thứ Năm, 6/7/2017")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));

        // The same agenda as a workbook: the one congress of those days.
        QVERIFY(OfficeFiles::available());
        QVERIFY(button(dialog, QStringLiteral("Excel"))->isVisible());
        const QString xlsx = m_dir.filePath(QStringLiteral("agenda.xlsx"));
        save(dialog, QStringLiteral("Excel"), xlsx);
        QCOMPARE(dialog.message(), QString());
        QStringList units;
        for (const QStringList &row : OfficeFiles::csv(xlsx)) {
            if (!row.isEmpty() && row.first().toInt() > 0)
                units << row.value(1) + QLatin1Char(' ') + row.value(3);
        }
        QCOMPARE(units, QStringList{ubnd15 + QStringLiteral(" 06/07/2017")});
    }

    void agendaDayThatIsNoDate()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("UBND")), term(2017, 2020));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ReportKind::Agenda);
        typeInto(field(dialog, "agendaFrom"), QStringLiteral("31/02/2017"));
        const QString path = m_dir.filePath(QStringLiteral("no-day.pdf"));
        save(dialog, QStringLiteral("PDF"), path);
        QVERIFY2(dialog.message().contains(QStringLiteral("31/02/2017")), qPrintable(dialog.message()));
        QVERIFY(!QFileInfo::exists(path));
    }

    // A committee without a plan for the term: told so by name and term, and nothing is written.
    void committeeWithoutAPlan()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH")), term(2017, 2020));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ReportKind::PlanSchedule);
        const QString path = m_dir.filePath(QStringLiteral("no-plan.pdf"));
        save(dialog, QStringLiteral("PDF"), path);
        QVERIFY2(dialog.message().contains(QStringLiteral("(VH)")) && dialog.message().contains(QStringLiteral("2017–2020")),
                 qPrintable(dialog.message()));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestReportDialogPlan)
#include "tst_report_dialog_plan.moc"
