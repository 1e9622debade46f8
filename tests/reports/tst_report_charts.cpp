#include "CliRunner.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace daihoi;

namespace {

struct EmbeddedImage
{
    int page = 0;
    QSize size;
};

// `pdfimages -list`: the pictures a PDF embeds, with their page and size in pixels.
QList<EmbeddedImage> embeddedImages(const QString &pdf)
{
    QProcess process;
    process.start(PdfText::tool(QStringLiteral("pdfimages")), {QStringLiteral("-list"), pdf});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QList<EmbeddedImage> images;
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() > 4 && fields.at(2) == QLatin1String("image"))
            images.append({fields.at(0).toInt(), QSize(fields.at(3).toInt(), fields.at(4).toInt())});
    }
    return images;
}

// The page drawn by pdftoppm, as a reader sees it.
QImage renderedPage(const QString &pdf, int page, const QString &dir)
{
    const QString stem = QStringLiteral("%1/page-%2").arg(dir).arg(page);
    QProcess process;
    process.start(PdfText::tool(QStringLiteral("pdftoppm")),
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-singlefile"),
                   QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, stem});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QImage(stem + QStringLiteral(".png"));
}

// Pixels in colour: the charts' bars and lines (green held, blue scheduled, red and orange deadlines), never the
// document's black text.
int colouredPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += qMax(c.red(), qMax(c.green(), c.blue())) - qMin(c.red(), qMin(c.green(), c.blue())) > 60 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

// The committee's summary report (Báo cáo tổng hợp) prints its charts after the composition: each captioned,
// drawn as a picture on the page, by daihoi-cli on a machine without a display.
class TestReportCharts : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    QTemporaryDir m_dir;

    // daihoi-cli report with no display at all: no X server, no Wayland, no platform chosen.
    QString summary(const QString &code, const QString &term, QString *err)
    {
        const QString pdf = m_dir.filePath(code + QStringLiteral(".pdf"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DAIHOI_CLI_PATH),
                      {QStringLiteral("report"), m_test.path(), QStringLiteral("--unit"), code, QStringLiteral("--term"),
                       term, QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--date"),
                       QStringLiteral("2022-09-20"), QStringLiteral("--out"), pdf});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            *err = QString::fromUtf8(process.readAllStandardError());
            return {};
        }
        return pdf;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_dir.isValid());
        QVERIFY(m_test.openDemo());
        m_test.db().close();
    }

    void districtSummaryPrintsItsThreeCharts()
    {
        QString err;
        const QString pdf = summary(QStringLiteral("BT-DDT"), QStringLiteral("2020-2025"), &err);
        QVERIFY2(!pdf.isEmpty(), qPrintable(err));
        const QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        // The table and the composition come first, as before; then the charts' section.
        const qsizetype table = text.indexOf(QStringLiteral("III. Cơ cấu cấp ủy được bầu"));
        const qsizetype charts = text.indexOf(QStringLiteral("IV. Biểu đồ"));
        QVERIFY2(table >= 0 && charts > table, qPrintable(text.right(800)));
        const QStringList captions = {
            QStringLiteral("Biểu đồ 1. Tiến độ tổ chức đại hội so với Kế hoạch số 48-KH/QU"),
            QStringLiteral("Biểu đồ 2. Tiến độ đại hội trong các đảng bộ trực thuộc, đến ngày 20/9/2022"),
            QStringLiteral("Biểu đồ 3. Cơ cấu cấp ủy được bầu so với chỉ tiêu (23 cấp ủy viên)"),
        };
        qsizetype from = charts;
        for (const QString &caption : captions) {
            const qsizetype at = text.indexOf(caption, from);
            QVERIFY2(at > from, qPrintable(caption));
            from = at;
        }
        QVERIFY(text.indexOf(QStringLiteral("Trên đây là báo cáo"), from) > from);

        // Three pictures, sharp enough to print (1920 pixels over the body's 16 cm: 300 dpi).
        const QList<EmbeddedImage> images = embeddedImages(pdf);
        QCOMPARE(images.size(), 3);
        for (const EmbeddedImage &image : images) {
            QCOMPARE(image.size, QSize(1920, 1200));
            // Each page with a chart shows it: its bars and lines in colour, not a blank frame.
            const QImage page = renderedPage(pdf, image.page, m_dir.path());
            QVERIFY(!page.isNull());
            QVERIFY2(colouredPixels(page) > 150, qPrintable(QStringLiteral("page %1: %2 pixels in colour")
                                                                .arg(image.page)
                                                                .arg(colouredPixels(page))));
        }
    }

    void wardWithoutSubCommitteesPrintsTwo()
    {
        QString err;
        const QString pdf = summary(QStringLiteral("VH"), QStringLiteral("2022-2025"), &err);
        QVERIFY2(!pdf.isEmpty(), qPrintable(err));
        const QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        QVERIFY(text.contains(QStringLiteral("Biểu đồ 1. Tiến độ tổ chức đại hội so với Kế hoạch số 74-KH/ĐU")));
        QVERIFY(text.contains(QStringLiteral("Biểu đồ 2. Cơ cấu cấp ủy được bầu so với chỉ tiêu")));
        QVERIFY(!text.contains(QStringLiteral("Biểu đồ 3.")));
        QCOMPARE(embeddedImages(pdf).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReportCharts)
#include "tst_report_charts.moc"
