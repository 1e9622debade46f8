#pragma once

#include "domain/committee/StructureTargets.h"
#include "reports/SummaryChartSource.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// The summary report's charts drawn with Qt Charts for print: each across the body, in the document's typeface,
// sharp at 300 dpi. Needs a QApplication.
class SummaryChartPictures : public SummaryChartSource
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::SummaryChartPictures)
public:
    // Laid out at this size in the document's pixels (96 per inch: 160 mm is about 605), painted at `scale`.
    static constexpr int width = 640;
    static constexpr int height = 400;
    static constexpr int scale = 3;
    static constexpr double fontPoints = 10.0;

    SummaryChartPictures(QSqlDatabase db, int youngAgeLimit, const StructureTargets &targets);
    bool charts(const Unit &committee, const Term &term, const QDate &on, QList<ReportPicture> *pictures,
                QString *error) const override;

private:
    QSqlDatabase m_db;
    int m_youngAgeLimit;
    StructureTargets m_targets;
};

} // namespace daihoi
