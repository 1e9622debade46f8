#include "DemoPrintDialogTest.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "reports/PagePreviewDialog.h"
#include "reports/ReportDialog.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QImage>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// The preview shows what prints: each page the preview draws matches the same page of the PDF the
// dialog saves, rendered by poppler at the same pixel size, ink for ink in a coarse grid, so that
// missing, garbled or shifted letters fail (Qt's print preview garbled Vietnamese under X11).
class TestReportPreview : public DemoPrintDialogTest
{
    Q_OBJECT
private:
    // A PDF page rendered by pdftoppm at exactly the given size, in grey.
    QImage pdfPage(const QString &pdf, int page, const QSize &size)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("page%1-%2").arg(page).arg(size.width()));
        QProcess process;
        process.start(PdfText::tool(QStringLiteral("pdftoppm")),
                      {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                       QStringLiteral("-scale-to-x"), QString::number(size.width()), QStringLiteral("-scale-to-y"),
                       QString::number(size.height()), QStringLiteral("-gray"), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), pdf, prefix});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
    }

    // The grid rows a chart's picture covers on a PDF page: rows with coloured pixels (text prints black),
    // widened to the picture's black axis labels and titles. A picture scaled down for the screen and by
    // poppler loses different thin lines; the text around it is still compared.
    QList<bool> pictureRows(const QString &pdf, int page, const QSize &size)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("colour%1-%2").arg(page).arg(size.width()));
        QProcess process;
        process.start(PdfText::tool(QStringLiteral("pdftoppm")),
                      {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                       QStringLiteral("-scale-to-x"), QString::number(size.width()), QStringLiteral("-scale-to-y"),
                       QString::number(size.height()), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf,
                       prefix});
        QList<bool> rows(gridRows, false);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return rows;
        const QImage image = QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
        QList<bool> coloured(gridRows, false);
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
                if (qMax(r, qMax(g, b)) - qMin(r, qMin(g, b)) > 60)
                    coloured[y * gridRows / image.height()] = true;
            }
        }
        for (int row = 0; row < gridRows; ++row) {
            for (int near = qMax(0, row - pictureMargin); near <= qMin(gridRows - 1, row + pictureMargin); ++near)
                rows[row] = rows[row] || coloured[near];
        }
        return rows;
    }
    static constexpr int pictureMargin = 4;

    // The ink in each cell of a grid over the page (the darkness of its pixels summed, so that two
    // renderers' smoothing of the same letter weighs the same): about two cells to a line of text
    // and a few letters to a cell, so a letter missing or a word out of place changes a cell's ink.
    static constexpr int gridRows = 80;
    static constexpr int gridColumns = 24;
    // The image is looked at moved by (dx, dy) pixels.
    static QList<int> ink(const QImage &source, int dx = 0, int dy = 0)
    {
        const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
        QList<int> cells(gridRows * gridColumns, 0);
        for (int y = qMax(0, -dy); y < qMin(image.height(), image.height() - dy); ++y) {
            const uchar *line = image.constScanLine(y + dy);
            const int row = y * gridRows / image.height();
            for (int x = qMax(0, -dx); x < qMin(image.width(), image.width() - dx); ++x) {
                cells[row * gridColumns + x * gridColumns / image.width()] += 255 - line[x + dx];
            }
        }
        return cells;
    }
    // The cells whose ink differs between the two grids, and how many cells have ink at all.
    static QStringList differences(const QList<int> &previewInk, const QList<int> &printedInk,
                                   const QList<bool> &skippedRows, int *inked)
    {
        // A line may sit a pixel or two lower, and the end of a justified line a few pixels further
        // right, in one than in the other: each cell is weighed with the eight around it.
        auto around = [](const QList<int> &cells, int i) {
            const int row = i / gridColumns;
            const int column = i % gridColumns;
            int sum = 0;
            for (int r = qMax(0, row - 1); r <= qMin(gridRows - 1, row + 1); ++r) {
                for (int c = qMax(0, column - 1); c <= qMin(gridColumns - 1, column + 1); ++c)
                    sum += cells.at(r * gridColumns + c);
            }
            return sum;
        };
        // The two smooth a letter's edges with different weights: the preview's ink is scaled to the
        // PDF's over the page, the distribution of ink is what is compared.
        double previewTotal = 0;
        double printedTotal = 0;
        for (int i = 0; i < previewInk.size(); ++i) {
            if (skippedRows.at(i / gridColumns))
                continue;
            previewTotal += previewInk.at(i);
            printedTotal += printedInk.at(i);
        }
        const double weight = previewTotal > 0 ? printedTotal / previewTotal : 1;
        // A cell may differ by a few pixels' ink or by a third of its own.
        const int speck = 8 * 255;
        *inked = 0;
        QStringList differing;
        for (int i = 0; i < previewInk.size(); ++i) {
            if (skippedRows.at(i / gridColumns))
                continue;
            const int a = qRound(around(previewInk, i) * weight);
            const int b = around(printedInk, i);
            if (qMax(a, b) > speck)
                ++*inked;
            if (qAbs(a - b) > qMax(speck, qMax(a, b) / 3))
                differing << QStringLiteral("(%1,%2): %3 vs %4").arg(i / gridColumns).arg(i % gridColumns).arg(a).arg(b);
        }
        return differing;
    }
    void compare(const QImage &preview, const QString &pdf, int page)
    {
        const QImage printed = pdfPage(pdf, page, preview.size());
        QVERIFY2(!printed.isNull(), "pdftoppm failed");
        QCOMPARE(printed.size(), preview.size());
        const QList<int> printedInk = ink(printed);
        const QList<bool> skipped = pictureRows(pdf, page, preview.size());
        // The two renderers may round the page's origin differently by a pixel.
        QStringList differing;
        int inked = 0;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                int cells = 0;
                const QStringList found = differences(ink(preview, dx, dy), printedInk, skipped, &cells);
                if (inked == 0 || found.size() < differing.size()) {
                    differing = found;
                    inked = cells;
                }
            }
        }
        QVERIFY2(inked > 0, "a blank page");
        // Lines far apart may round to pixels differently by one; garbled or shifted text differs in
        // whole lines of cells, far beyond one in twenty-five.
        QVERIFY2(differing.size() * 25 <= inked,
                 qPrintable(QStringLiteral("page %1: %2 of %3 inked cells differ from the PDF, e.g. %4")
                                .arg(page)
                                .arg(differing.size())
                                .arg(inked)
                                .arg(differing.mid(0, 8).join(QLatin1String(", ")))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(!PdfText::tool(QStringLiteral("pdftoppm")).isEmpty());
        QVERIFY(openDemo());
    }

    void previewMatchesThePdf_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("congress VH-05") << QStringLiteral("VH-05") << int(ReportKind::Congress);
        QTest::newRow("tally VH-05, several elections") << QStringLiteral("VH-05") << int(ReportKind::Tally);
        QTest::newRow("summary VH") << QStringLiteral("VH") << int(ReportKind::Summary);
    }
    void previewMatchesThePdf()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        ReportDialog dialog(&m_workspace, unit(code), m_term);
        dialog.setKind(ReportKind(kind));
        const QString pdf = m_dir.filePath(code + QString::number(kind) + QStringLiteral(".pdf"));
        ReportDialog::setNextFileName(pdf);
        dialog.saveAsPdf();
        const int pages = PdfText::pages(pdf);
        QVERIFY2(pages >= 1, qPrintable(dialog.message()));

        bool shown = false;
        ReportDialog::setNextPreviewAnswer([&](PagePreviewDialog *preview) {
            preview->show();
            QVERIFY(QTest::qWaitForWindowExposed(preview));
            shown = true;
            QCOMPARE(preview->pageCount(), pages);
            // Fitted to the window's width: each page as the clerk turns to it.
            for (int page = 1; page <= pages; ++page) {
                QCOMPARE(preview->currentPage(), page - 1);
                compare(preview->shownImage(), pdf, page);
                if (QTest::currentTestFailed())
                    return;
                QTest::keyClick(preview, Qt::Key_PageDown);
            }
            QCOMPARE(preview->currentPage(), pages - 1); // no page after the last
            // Zoomed in, the page is painted again at the new size, not a small picture enlarged.
            while (preview->currentPage() > 0)
                QTest::keyClick(preview, Qt::Key_PageUp);
            const QSize fitted = preview->shownImage().size();
            QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
            QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
            const QSize zoomed = preview->shownImage().size();
            QVERIFY2(zoomed.width() > fitted.width() * 3 / 2, qPrintable(QStringLiteral("%1 → %2").arg(fitted.width()).arg(zoomed.width())));
            compare(preview->shownImage(), pdf, 1);
            if (QTest::currentTestFailed())
                return;
            QTest::keyClick(preview, Qt::Key_Minus, Qt::ControlModifier);
            QVERIFY(preview->shownImage().width() < zoomed.width());
            QTest::keyClick(preview, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(preview->shownImage().size(), fitted);
            // The page count reads as the clerk sees it.
            bool counted = false;
            for (QLabel *label : preview->findChildren<QLabel *>())
                counted = counted || label->text() == QStringLiteral("Page 1/%1").arg(pages);
            QVERIFY(counted);
            preview->close();
        });
        dialog.preview();
        QVERIFY(shown);
    }

    // Print… in the preview goes through the dialog's own printing.
    void printFromThePreview()
    {
        ReportDialog dialog(&m_workspace, unit(QStringLiteral("VH-05")), m_term);
        dialog.setKind(ReportKind::Congress);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        bool asked = false;
        ReportDialog::setNextPrintAnswer([&](QPrinter *printer) {
            asked = true;
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(path);
            return true;
        });
        ReportDialog::setNextPreviewAnswer([&](PagePreviewDialog *preview) {
            preview->show();
            QVERIFY(QTest::qWaitForWindowExposed(preview));
            QPushButton *print = nullptr;
            for (QPushButton *button : preview->findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("&Print…"))
                    print = button;
            }
            QVERIFY(print);
            QTest::mouseClick(print, Qt::LeftButton);
            preview->close();
        });
        dialog.preview();
        QVERIFY(asked);
        QVERIFY(PdfText::text(path, 1).contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    }
};

QTEST_MAIN(TestReportPreview)
#include "tst_report_preview.moc"
