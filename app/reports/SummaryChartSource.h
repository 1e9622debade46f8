#pragma once

#include "ReportPicture.h"
#include "domain/Term.h"
#include "domain/Unit.h"

#include <QDate>
#include <QList>

namespace daihoi {

// Where the summary report gets its charts. An interface because the charts are drawn with Qt Charts, which
// needs widgets: the reports stay widget-free, and the window and daihoi-cli give ReportBuilder the charts library.
class SummaryChartSource
{
public:
    virtual ~SummaryChartSource() = default;
    // The committee's charts for the term as they stand on `on`, in order; an empty list leaves the section out.
    virtual bool charts(const Unit &committee, const Term &term, const QDate &on, QList<ReportPicture> *pictures,
                        QString *error) const = 0;
};

} // namespace daihoi
