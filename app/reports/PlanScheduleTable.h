#pragma once

#include "PlanScheduleData.h"
#include "SheetTable.h"

namespace daihoi {

// The timetable as a spreadsheet: the printed columns, with the day a date a clerk can sort and filter on, the
// hour beside it, and the pilot congresses marked in a column of their own.
class PlanScheduleTable
{
public:
    static SheetTable of(const PlanScheduleData &data);
};

} // namespace daihoi
