#include "SummaryChartPictures.h"

#include "ChartRenderer.h"
#include "CommitteeChartData.h"
#include "CommitteeCharts.h"
#include "reports/DocumentFonts.h"
#include "reports/DocumentText.h"

#include <QApplication>
#include <QChart>
#include <memory>

namespace daihoi {

SummaryChartPictures::SummaryChartPictures(QSqlDatabase db, int youngAgeLimit, const StructureTargets &targets)
    : m_db(db)
    , m_youngAgeLimit(youngAgeLimit)
    , m_targets(targets)
{
}

bool SummaryChartPictures::charts(const Unit &committee, const Term &term, const QDate &on,
                                  QList<ReportPicture> *pictures, QString *error) const
{
    pictures->clear();
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        *error = tr("The charts of the summary report can only be drawn by a program with widgets.");
        return false;
    }
    CommitteeChartData data;
    if (!CommitteeChartData::load(m_db, committee, term, on, m_youngAgeLimit, m_targets, &data, error))
        return false;
    DocumentFonts::ensureLoaded();
    const QFont font = DocumentFonts::font(fontPoints);
    for (CommitteeCharts::Kind kind : CommitteeCharts::kinds(data)) {
        std::unique_ptr<QChart> chart(CommitteeCharts::create(kind, data, font));
        // The caption above the picture names it; the picture does not repeat it.
        chart->setTitle(QString());
        pictures->append({CommitteeCharts::title(kind, data),
                          ChartRenderer::image(chart.get(), QSizeF(width, height), scale),
                          QStringLiteral("Số liệu đến ngày %1.").arg(DocumentText::shortDate(on))});
    }
    return true;
}

} // namespace daihoi
