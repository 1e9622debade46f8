#include "DemoPrintDialogTest.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "reports/PagePreviewDialog.h"
#include "reports/ReportDialog.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QPrinter>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// The print dialog through its test hooks: nothing here may open a native dialog.
class TestReportDialog : public DemoPrintDialogTest
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(openDemo());
    }

    void kindsFollowTheUnit()
    {
        QCOMPARE(ReportDialog(&m_workspace, unit(QStringLiteral("VH")), m_term).availableKinds(),
                 (QList<ReportKind>{ReportKind::Summary, ReportKind::Statistics, ReportKind::PlanSchedule,
                                    ReportKind::Agenda, ReportKind::Decision}));
        QCOMPARE(ReportDialog(&m_workspace, unit(QStringLiteral("VH-05")), m_term).availableKinds(),
                 (QList<ReportKind>{ReportKind::Congress, ReportKind::Approval, ReportKind::Tally, ReportKind::Minutes,
                                    ReportKind::Resolution, ReportKind::Decision, ReportKind::BallotLog}));
    }

    void savesPdfAndRemembersTheHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("congress.pdf"));
        {
            ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH-05")), m_term);
            dialog.setKind(ReportKind::Congress);
            DocumentHeader header = dialog.header();
            QCOMPARE(header.issuingBody, QStringLiteral("Chi bộ Tổ dân phố số 3"));
            QCOMPARE(header.signerName, QStringLiteral("Lê Đức Việt")); // the Bí thư it elected
            header.number = QStringLiteral("05-BC/CB");
            header.place = QStringLiteral("Long Biên");
            header.date = QDate(2022, 8, 25);
            dialog.setHeader(header);
            ReportDialog::setNextFileName(path);
            dialog.saveAsPdf();
            QCOMPARE(dialog.message(), QString());
        }
        const QString text = PdfText::text(path, 1);
        QVERIFY(text.contains(QStringLiteral("Số 05-BC/CB")));
        QVERIFY(text.contains(QStringLiteral("Long Biên, ngày 25 tháng 8 năm 2022")));

        ReportDialog again(&m_workspace, unit(QStringLiteral("VH-05")), m_term);
        again.setKind(ReportKind::Congress);
        QCOMPARE(again.header().number, QStringLiteral("05-BC/CB"));
        QCOMPARE(again.header().place, QStringLiteral("Long Biên"));
        again.setKind(ReportKind::Approval); // the number is per document, the place per unit
        QCOMPARE(again.header().number, QString());
        QCOMPARE(again.header().place, QStringLiteral("Long Biên"));
    }

    void cancelWritesNothing()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH")), m_term);
        ReportDialog::setNextFileName(QString());
        dialog.saveAsPdf();
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.pdf")}).size() <= 1);
    }

    void printsThroughTheHook()
    {
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH")), m_term);
        bool asked = false;
        ReportDialog::setNextPrintAnswer([&](QPrinter *printer) {
            asked = true;
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(path);
            return true;
        });
        dialog.print();
        QVERIFY(asked);
        QVERIFY(PdfText::pages(path) >= 2);
        QVERIFY(PdfText::text(path, 1).contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
        QCOMPARE(PdfText::text(path, 2).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(), QStringLiteral("2"));
    }

    void previewThroughTheHook()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH-05")), m_term);
        dialog.setKind(ReportKind::Tally);
        PagePreviewDialog *seen = nullptr;
        ReportDialog::setNextPreviewAnswer([&](PagePreviewDialog *preview) { seen = preview; });
        dialog.preview();
        QVERIFY(seen);
    }

    void refusalIsShownInline()
    {
        Term old;
        QString error;
        QVERIFY(TermRepository(m_workspace.database().connection()).byYears(2017, 2020, &old, &error));
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("UBND-15")), old);
        dialog.setKind(ReportKind::Congress);
        QVERIFY(!dialog.buildDocument());
        QVERIFY(dialog.message().contains(QStringLiteral("UBND-15")));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_report_dialog.moc"
