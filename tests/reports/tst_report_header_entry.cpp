#include "../ui/ClerkInput.h"
#include "DemoPrintDialogTest.h"
#include "PdfText.h"
#include "CliRunner.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "reports/ReportDialog.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A clerk fills the print dialog's date, number, place and signer by keyboard: each document is
// dated for its event unless the clerk says otherwise, and what was typed comes back per unit and kind.
class TestReportHeaderEntry : public DemoPrintDialogTest
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

    // Clicks "Save as PDF" with the file the clerk would choose; returns the first page's text.
    QString saveFirstPage(ReportDialog &dialog, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        ReportDialog::setNextFileName(path);
        QPushButton *save = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')).contains(QLatin1String("PDF")))
                save = button;
        }
        if (!save)
            return QStringLiteral("(no Save as PDF button)");
        QTest::mouseClick(save, Qt::LeftButton);
        settle();
        return QFile::exists(path) ? PdfText::text(path, 1, PdfText::Raw) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(openDemo());
    }

    void documentsOfTheCongressCarryItsDate_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<bool>("congressDay");
        QTest::newRow("report") << ReportKind::Congress << true;
        QTest::newRow("tally minutes") << ReportKind::Tally << true;
        QTest::newRow("approval request") << ReportKind::Approval << false;
    }

    void documentsOfTheCongressCarryItsDate()
    {
        QFETCH(ReportKind, kind);
        QFETCH(bool, congressDay);
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH-07")), m_term);
        dialog.show();
        chooseKind(dialog, kind);
        const QString text = saveFirstPage(dialog, QStringLiteral("dated-%1.pdf").arg(int(kind)));
        const QDate today = QDate::currentDate();
        const QString todayLine = QStringLiteral("ngày %1 tháng %2 năm %3").arg(today.day()).arg(today.month()).arg(today.year());
        // VH-07 held its congress on 26/8/2022.
        const QString expected = congressDay ? QStringLiteral("ngày 26 tháng 8 năm 2022") : todayLine;
        QVERIFY2(PdfText::flat(text).contains(expected), qPrintable(text));
    }

    void typedHeaderPrintsAndIsRememberedPerKind()
    {
        {
            ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH-05")), m_term);
            dialog.show();
            chooseKind(dialog, ReportKind::Congress);
            typeInto(field(dialog, "number"), QStringLiteral("12-BC/CB"));
            typeInto(field(dialog, "place"), QStringLiteral("Long Biên"));
            typeInto(field(dialog, "date"), QStringLiteral("23/9/2022"));
            typeInto(field(dialog, "signerName"), QStringLiteral("Nguyễn Thị Bình"));
            typeInto(field(dialog, "signerTitle"), QStringLiteral("Phó Bí thư"));
            const QString text = PdfText::flat(saveFirstPage(dialog, QStringLiteral("typed.pdf")));
            QVERIFY2(text.contains(QStringLiteral("Số 12-BC/CB")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Long Biên, ngày 23 tháng 9 năm 2022")), qPrintable(text));
            const QString all = PdfText::flat(PdfText::text(m_dir.filePath(QStringLiteral("typed.pdf")), 0, PdfText::Raw));
            QVERIFY2(all.contains(QStringLiteral("Nguyễn Thị Bình")), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("PHÓ BÍ THƯ")), qPrintable(all));
        }
        ReportDialog again(&m_workspace, unit(QStringLiteral("VH-05")), m_term);
        again.show();
        chooseKind(again, ReportKind::Congress);
        QCOMPARE(field(again, "number")->text(), QStringLiteral("12-BC/CB"));
        QCOMPARE(field(again, "date")->text(), QStringLiteral("23/09/2022"));
        QCOMPARE(field(again, "signerName")->text(), QStringLiteral("Nguyễn Thị Bình"));
        QCOMPARE(field(again, "signerTitle")->text(), QStringLiteral("Phó Bí thư"));

        // Another kind keeps its own number, date and signer; the place typed once serves every kind.
        chooseKind(again, ReportKind::Tally);
        QCOMPARE(field(again, "number")->text(), QString());
        QCOMPARE(field(again, "date")->text(), QStringLiteral("24/08/2022"));
        QCOMPARE(field(again, "place")->text(), QStringLiteral("Long Biên"));
        QVERIFY(field(again, "signerName")->text() != QStringLiteral("Nguyễn Thị Bình"));
    }

    void typedHeaderSurvivesLookingAtAnotherKind()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH-09")), m_term);
        dialog.show();
        chooseKind(dialog, ReportKind::Congress);
        QCOMPARE(field(dialog, "number")->placeholderText().left(13), QStringLiteral("e.g. 12-BC/CB"));
        typeInto(field(dialog, "number"), QStringLiteral("7-BC/CB"));
        typeInto(field(dialog, "date"), QStringLiteral("1/9/2022"));
        chooseKind(dialog, ReportKind::Tally);
        QCOMPARE(field(dialog, "number")->text(), QString());
        QCOMPARE(field(dialog, "number")->placeholderText().left(13), QStringLiteral("e.g. 12-BB/CB"));
        chooseKind(dialog, ReportKind::Congress);
        QCOMPARE(field(dialog, "number")->text(), QStringLiteral("7-BC/CB"));
        QCOMPARE(field(dialog, "date")->text(), QStringLiteral("01/09/2022"));
    }

    void emptyDateLeavesTheBlanksToFillByHand()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH-06")), m_term);
        dialog.show();
        chooseKind(dialog, ReportKind::Approval);
        QLineEdit *date = field(dialog, "date");
        date->setFocus();
        QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(date, Qt::Key_Delete);
        QTest::keyClick(date, Qt::Key_Tab);
        settle();
        const QString text = PdfText::flat(saveFirstPage(dialog, QStringLiteral("blank-date.pdf")));
        // The day and month are left blank after the place, the year of printing stands.
        const QString year = QString::number(QDate::currentDate().year());
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral(",\\s+ngày\\s+tháng\\s+năm\\s+") + year)), qPrintable(text));
    }

    void impossibleDateIsRefusedAndNothingWritten()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH-06")), m_term);
        dialog.show();
        chooseKind(dialog, ReportKind::Congress);
        typeInto(field(dialog, "date"), QStringLiteral("31/02/2022"));
        const QString text = saveFirstPage(dialog, QStringLiteral("refused.pdf"));
        QCOMPARE(text, QString());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.pdf"))));
        QVERIFY2(dialog.message().contains(QStringLiteral("31/02/2022")), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QStringLiteral("28")), qPrintable(dialog.message()));
    }

    void cliDatesTheReportForTheCongress()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.pdf"));
        CliRunner cli;
        const CliRunner::Result result =
            cli.run({QStringLiteral("report"), m_database.path(), QStringLiteral("--unit"), QStringLiteral("VH-08"),
                     QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--kind"),
                     QStringLiteral("congress"), QStringLiteral("--out"), path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(PdfText::flat(PdfText::text(path, 1, PdfText::Raw)).contains(QStringLiteral("ngày 27 tháng 8 năm 2022")));
    }
};

QTEST_MAIN(TestReportHeaderEntry)
#include "tst_report_header_entry.moc"
