#include "OfficeFiles.h"
#include "DemoPrintDialogTest.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "reports/ReportDialog.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// The print dialog's Word and Excel buttons, clicked as a clerk does; the files are opened by
// LibreOffice. The save dialog is answered through ReportDialog::setNextFileName.
class TestReportDialogOffice : public DemoPrintDialogTest
{
    Q_OBJECT
private:
    static QPushButton *button(ReportDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }
private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(OfficeFiles::available());
        QVERIFY(openDemo());
    }

    void statisticsToExcel()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH")), m_term);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *excel = button(dialog, "saveXlsxButton");
        QVERIFY2(excel, "no Save as Excel button in the print dialog");
        chooseKind(dialog, ReportKind::Statistics);
        QCOMPARE(dialog.kind(), ReportKind::Statistics);
        QVERIFY(excel->isVisible());
        const QString path = m_dir.filePath(QStringLiteral("statistics.xlsx"));
        ReportDialog::setNextFileName(path);
        QTest::mouseClick(excel, Qt::LeftButton);
        QCOMPARE(dialog.message(), QString());
        QString raw;
        OfficeFiles::csv(path, &raw);
        QVERIFY2(raw.contains(QStringLiteral("\n1,TỔNG SỐ,69,23,23\n")), qPrintable(raw));
    }

    void summaryToExcel()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH")), m_term);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ReportKind::Summary);
        const QString path = m_dir.filePath(QStringLiteral("summary.xlsx"));
        ReportDialog::setNextFileName(path);
        QTest::mouseClick(button(dialog, "saveXlsxButton"), Qt::LeftButton);
        QString raw;
        OfficeFiles::csv(path, &raw);
        QVERIFY2(raw.contains(QStringLiteral("\n1,Chi bộ Khu đô thị Việt Hưng 1,Đã tổ chức,20/08/2022,34,35,3,3,Vũ Văn Sơn,100.00,0,0,1\n")),
                 qPrintable(raw));
    }

    void congressToWord()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH-05")), m_term);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ReportKind::Congress);
        // Not a table: no Excel button for the congress report.
        QVERIFY(!button(dialog, "saveXlsxButton")->isVisible());
        QPushButton *word = button(dialog, "saveOdtButton");
        QVERIFY2(word, "no Save as Word button in the print dialog");
        const QString path = m_dir.filePath(QStringLiteral("congress.odt"));
        ReportDialog::setNextFileName(path);
        QTest::mouseClick(word, Qt::LeftButton);
        QCOMPARE(dialog.message(), QString());
        const QString pdf = OfficeFiles::convert(path, QStringLiteral("pdf"));
        QVERIFY2(!pdf.isEmpty(), "LibreOffice did not open the .odt");
        QProcess pdftotext;
        pdftotext.start(PdfText::tool(QStringLiteral("pdftotext")), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("CHI BỘ TỔ DÂN PHỐ SỐ 3")) && text.contains(QStringLiteral("Lê Đức Việt")),
                 qPrintable(text.left(2000)));
    }
};

QTEST_MAIN(TestReportDialogOffice)
#include "tst_report_dialog_office.moc"
