#include "ChartBox.h"

#include "reports/charts/ChartRenderer.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <memory>
#include <optional>
#include <utility>

namespace daihoi {

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> answer;
    return answer;
}

} // namespace

void ChartBox::setNextFileName(const QString &path)
{
    nextFileName() = path;
}

ChartBox::ChartBox(CommitteeCharts::Kind kind, QWidget *parent)
    : QGroupBox(parent)
    , m_kind(kind)
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
    , m_savePng(new QPushButton(tr("Save PNG image…"), this))
    , m_saveSvg(new QPushButton(tr("Save SVG…"), this))
{
    const char *names[] = {"timelineChart", "subCommitteesChart", "compositionChart"};
    setObjectName(QLatin1String(names[int(kind)]));
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // Tall enough for the axis titles, the legend and every bar's label at 1280×720.
    m_view->setMinimumHeight(420);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_savePng->setObjectName(QStringLiteral("savePng"));
    m_saveSvg->setObjectName(QStringLiteral("saveSvg"));
    m_savePng->setToolTip(tr("A picture of %1×%2 pixels, to paste into a report or a slide.")
                              .arg(ChartRenderer::savedWidth * ChartRenderer::pngScale)
                              .arg(ChartRenderer::savedHeight * ChartRenderer::pngScale));
    m_saveSvg->setToolTip(tr("A drawing that stays sharp at any size, for print and for editing."));
    connect(m_savePng, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveSvg, &QPushButton::clicked, this, [this] { save(true); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_savePng);
    buttons->addWidget(m_saveSvg);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
}

void ChartBox::showData(const CommitteeChartData &data)
{
    m_data = data;
    setTitle(CommitteeCharts::title(m_kind, data));
    m_hasChart = CommitteeCharts::kinds(data).contains(m_kind);
    QChart *old = m_view->chart();
    if (m_hasChart) {
        m_view->setChart(CommitteeCharts::create(m_kind, data, font()));
        // The group box names the chart already.
        m_view->chart()->setTitle(QString());
    } else {
        m_view->setChart(new QChart);
        m_empty->setText(CommitteeCharts::emptyText(m_kind));
    }
    delete old;
    m_view->setVisible(m_hasChart);
    m_empty->setVisible(!m_hasChart);
    m_savePng->setEnabled(m_hasChart);
    m_saveSvg->setEnabled(m_hasChart);
}

void ChartBox::clear()
{
    showData(CommitteeChartData());
}

void ChartBox::save(bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                  .filePath(CommitteeCharts::fileStem(m_kind, m_data) + QLatin1Char('.') + suffix);
    QString path;
    if (std::optional<QString> answer = std::exchange(nextFileName(), std::nullopt))
        path = *answer;
    else
        path = QFileDialog::getSaveFileName(this, svg ? tr("Save the chart as SVG") : tr("Save the chart as a PNG image"),
                                            suggested, svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    // Drawn afresh with the window's font at the saved size; the chart on screen stays as it is.
    std::unique_ptr<QChart> chart(CommitteeCharts::create(m_kind, m_data, font()));
    const QSizeF size(ChartRenderer::savedWidth, ChartRenderer::savedHeight);
    QString error;
    const bool ok = svg ? ChartRenderer::saveSvg(chart.get(), size, CommitteeCharts::title(m_kind, m_data), path, &error)
                        : ChartRenderer::savePng(chart.get(), size, ChartRenderer::pngScale, path, &error);
    emit saved(ok ? tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)) : error, ok);
}

} // namespace daihoi
