#pragma once

#include "DocumentHeader.h"
#include "ReportPicture.h"
#include "SummaryData.h"

namespace daihoi {

class PartyDocument;

// Báo cáo tổng hợp of a đảng bộ for a term: the narrative paragraph, progress, the table of its
// units and the composition totals (domain.md §6), then its charts when it is given some.
class SummaryDocument
{
public:
    static void write(PartyDocument &document, const SummaryData &data, const DocumentHeader &header,
                      const QList<ReportPicture> &charts = {});
    // The charts' section, printed across the body.
    static constexpr double chartWidthMm = 160.0;
    // The text of one row, cell by cell, as the table prints it (tests find each unit's row by it).
    static QStringList rowCells(const SummaryRow &row, int number);
};

} // namespace daihoi
