#pragma once

#include "SheetTable.h"
#include "SummaryData.h"

namespace daihoi {

// The summary report's table of units as a spreadsheet: the PDF's columns, with the "có mặt/triệu
// tập" and "cấp ủy" fractions split into numbers a clerk can sum.
class SummaryTable
{
public:
    static SheetTable of(const SummaryData &data);
};

} // namespace daihoi
