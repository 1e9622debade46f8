#pragma once

#include "DocumentHeader.h"
#include "SummaryData.h"

namespace daihoi {

class PartyDocument;

// Báo cáo tổng hợp of a đảng bộ for a term: the narrative paragraph, progress, the table of its
// units and the composition totals (domain.md §6).
class SummaryDocument
{
public:
    static void write(PartyDocument &document, const SummaryData &data, const DocumentHeader &header);
    // The text of one row, cell by cell, as the table prints it (tests find each unit's row by it).
    static QStringList rowCells(const SummaryRow &row, int number);
};

} // namespace daihoi
