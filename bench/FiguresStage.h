#pragma once

#include "BenchFigures.h"

namespace daihoi::bench {

// The top committee's summary figures, and a committee's summary printed to PDF.
class FiguresStage
{
public:
    // Loads the summary figures of UNIT several times: the first (cold) and the median time.
    static bool summary(const QString &database, const QString &unitCode, int startYear, int endYear,
                        BenchFigures *figures, QString *error);
    // Builds the Báo cáo tổng hợp of UNIT and writes it to PDF.
    static bool summaryPdf(const QString &database, const QString &unitCode, int startYear, int endYear,
                           const QString &pdfPath, BenchFigures *figures, QString *error);
};

} // namespace daihoi::bench
