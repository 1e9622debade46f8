#include "ClerkInput.h"
#include "SettingsDialog.h"
#include "charts/ChartBox.h"
#include "charts/ChartsPanel.h"
#include "reports/charts/ChartRenderer.h"
#include "reports/charts/CommitteeCharts.h"
#include "services/AppSettings.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A clerk of a committee opens the Charts tab at 1280×720: the congresses held against the plan's schedule, the
// sub-committees' bars of the district, the composition against the structure targets they set; each chart saved
// as a PNG picture and as an SVG drawing.
class TestChartsTab : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;

    ChartsPanel *panel() { return m_window->findChild<ChartsPanel *>(QStringLiteral("charts")); }
    ChartBox *box(const char *name) { return m_window->findChild<ChartBox *>(QLatin1String(name)); }
    bool openCharts(const QString &code, const QString &term)
    {
        if (!m_window->selectTerm(term) || !m_window->selectUnit(code) || !clickTab(m_window, panel()))
            return false;
        settle();
        return panel()->isVisible();
    }
    QStringList seriesNames(ChartBox *box)
    {
        QStringList names;
        for (QAbstractSeries *series : box->view()->chart()->series()) {
            names.append(series->name());
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    names.append(set->label());
            }
        }
        return names;
    }
    QStringList categories(ChartBox *box)
    {
        for (QAbstractAxis *axis : box->view()->chart()->axes()) {
            if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
                return bars->categories();
        }
        return {};
    }
    // Clicks the box's button with the file name the clerk would choose; the saved file's bytes.
    QByteArray save(ChartBox *box, const char *button, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        ChartBox::setNextFileName(path);
        auto *push = box->findChild<QPushButton *>(QLatin1String(button));
        if (!push || !push->isEnabled())
            return {};
        QTest::mouseClick(push, Qt::LeftButton);
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // DAIHOI_CHART_SAMPLES=DIR keeps copies of the saved charts there, to look at them.
    void keepSamples(std::initializer_list<const char *> names)
    {
        const QString samples = qEnvironmentVariable("DAIHOI_CHART_SAMPLES");
        if (samples.isEmpty())
            return;
        for (const char *name : names) {
            QFile::remove(QDir(samples).filePath(QLatin1String(name)));
            QFile::copy(m_dir.filePath(QLatin1String(name)), QDir(samples).filePath(QLatin1String(name)));
        }
    }
    static int inked(const QImage &image)
    {
        int count = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                count += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        }
        return count;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(showWindow(m_window, QSize(1280, 720)));
    }
    void cleanupTestCase() { delete m_window; }

    void wardShowsItsPlanLineAndDeadline()
    {
        QVERIFY(openCharts(QStringLiteral("VH"), QStringLiteral("2022-2025")));
        ChartBox *timeline = box("timelineChart");
        QVERIFY(timeline && timeline->isVisible());
        QCOMPARE(timeline->title(), QStringLiteral("Tiến độ tổ chức đại hội so với Kế hoạch số 74-KH/ĐU"));
        const QStringList names = seriesNames(timeline);
        QVERIFY2(names.contains(QStringLiteral("Theo kế hoạch")), qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY(names.contains(QStringLiteral("Đã tổ chức")));
        QVERIFY(names.contains(QStringLiteral("Hạn chót 15/9/2022")));
        // All 23 chi bộ held by the deadline: the held line ends at 23.
        auto *held = qobject_cast<QLineSeries *>(timeline->view()->chart()->series().constFirst());
        QVERIFY(held);
        QCOMPARE(held->points().constLast().y(), 23.0);
        // A ward of chi bộ only: no sub-committee, so no bars.
        QVERIFY(!box("subCommitteesChart")->isVisible());
        // Readable at 1280×720: each chart as wide as the page allows and tall enough for its axes and legend.
        QVERIFY2(timeline->view()->width() >= 800 && timeline->view()->height() >= 400,
                 qPrintable(QStringLiteral("%1×%2").arg(timeline->view()->width()).arg(timeline->view()->height())));
        timeline->view()->grab().save(m_dir.filePath(QStringLiteral("screen-timeline.png")));
    }

    void savesThePngAndTheSvg()
    {
        QVERIFY(openCharts(QStringLiteral("VH"), QStringLiteral("2022-2025")));
        ChartBox *timeline = box("timelineChart");
        const QByteArray png = save(timeline, "savePng", QStringLiteral("tien-do.png"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.size(), QSize(ChartRenderer::savedWidth * ChartRenderer::pngScale,
                                     ChartRenderer::savedHeight * ChartRenderer::pngScale));
        QVERIFY2(inked(image) > 2000, qPrintable(QString::number(inked(image))));
        // Without the extension typed, the file gets it.
        const QByteArray svg = save(timeline, "saveSvg", QStringLiteral("tien-do"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("tien-do.svg"))));
        QFile file(m_dir.filePath(QStringLiteral("tien-do.svg")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QLatin1String("<?xml")));
        QVERIFY2(text.contains(CommitteeCharts::timelineValueAxisTitle()), "the axis title is missing");
        QVERIFY(text.contains(QStringLiteral("Hạn chót 15/9/2022")));
        QVERIFY(text.contains(QStringLiteral("Ngày")));
        QVERIFY(svg.isEmpty()); // the name typed without ".svg" was not written as such
    }

    void districtBarsAndLabelsUncut()
    {
        QVERIFY(openCharts(QStringLiteral("BT-DDT"), QStringLiteral("2020-2025")));
        ChartBox *bars = box("subCommitteesChart");
        QVERIFY(bars->isVisible());
        QCOMPARE(categories(bars).size(), 1);
        QVERIFY2(categories(bars).constFirst().contains(QStringLiteral("Đảng bộ bộ phận")),
                 qPrintable(categories(bars).join(QLatin1Char('|'))));
        const QStringList names = seriesNames(bars);
        for (const char *set : {"Đã tổ chức", "Có lịch, chưa đến hạn", "Quá hạn", "Chưa có lịch"})
            QVERIFY2(names.contains(QString::fromUtf8(set)), set);
        const QString svg = QString::fromUtf8(save(bars, "saveSvg", QStringLiteral("dang-bo.svg")));
        QVERIFY(svg.contains(CommitteeCharts::barsValueAxisTitle()));
        // A name too long for the axis would be cut to "…"; it is written on two lines instead.
        QVERIFY(svg.contains(QStringLiteral(">Mặt trận – Đoàn thể</text>")));
        QVERIFY2(!svg.contains(QLatin1String("...")) && !svg.contains(QChar(0x2026)), "a label is cut");
        const QString composition = QString::fromUtf8(save(box("compositionChart"), "saveSvg", QStringLiteral("co-cau.svg")));
        QVERIFY(composition.contains(CommitteeCharts::compositionValueAxisTitle()));
        QVERIFY(composition.contains(QStringLiteral("Chỉ tiêu cơ cấu tối thiểu")));
        QVERIFY2(!composition.contains(QLatin1String("...")) && !composition.contains(QChar(0x2026)), "a label is cut");
        QImage picture;
        QVERIFY(picture.loadFromData(save(bars, "savePng", QStringLiteral("dang-bo.png")), "PNG"));
        QVERIFY(inked(picture) > 2000);
        save(box("compositionChart"), "savePng", QStringLiteral("co-cau.png"));
        keepSamples({"tien-do.png", "dang-bo.png", "dang-bo.svg", "co-cau.png", "co-cau.svg"});
    }

    void structureTargetsFromSettings()
    {
        // The clerk raises the women's target to 30 % and the young members' to 20 % in the settings.
        {
            SettingsDialog dialog(m_window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *women = dialog.findChild<QSpinBox *>(QStringLiteral("womenTargetBox"));
            auto *young = dialog.findChild<QSpinBox *>(QStringLiteral("youngTargetBox"));
            QVERIFY(women && young);
            QCOMPARE(women->value(), 15);
            QCOMPARE(young->value(), 10);
            typeNumber(women, 30);
            typeNumber(young, 20);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            dialog.save();
        }
        QCOMPARE(AppSettings().structureTargets(), (StructureTargets{30, 20}));
        SettingsDialog again(m_window);
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("womenTargetBox"))->value(), 30);

        // Back on the Charts tab, the composition is measured against the new targets.
        QVERIFY(clickTab(m_window, m_window->findChild<QWidget *>(QStringLiteral("progress"))));
        QVERIFY(openCharts(QStringLiteral("BT-DDT"), QStringLiteral("2020-2025")));
        const QStringList rows = categories(box("compositionChart"));
        QVERIFY2(rows.size() == 5 && rows.last().contains(QStringLiteral("chỉ tiêu ≥ 30 %")) // "Nữ" is drawn on top
                     && rows.at(3).contains(QStringLiteral("chỉ tiêu ≥ 20 %")),
                 qPrintable(rows.join(QLatin1Char('|'))));
        AppSettings().clear();
    }
};

QTEST_MAIN(TestChartsTab)
#include "tst_charts_tab.moc"
