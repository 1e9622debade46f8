#pragma once

#include "DocumentHeader.h"
#include "PlanScheduleData.h"

#include <QStringList>

namespace daihoi {

class PartyDocument;

// Lịch tổ chức đại hội các chi bộ (domain.md §6), the appendix of a committee's plan: STT | Chi bộ | Ngày, giờ |
// Địa điểm | Đồng chí phụ trách dự, its heading on every page and no row split over two; or the same table as an
// agenda of 14 days. An appendix goes with the signed plan, so it is signed only when a signer is given.
class PlanScheduleDocument
{
public:
    static void write(PartyDocument &document, const PlanScheduleData &data, const DocumentHeader &header);
    // The column headings, as printed and as the spreadsheet's.
    static QStringList headings(const PlanScheduleData &data);
    // The text of one row, cell by cell, as the table prints it (tests find each unit's row by it).
    static QStringList rowCells(const PlanScheduleRow &row, int number);
};

} // namespace daihoi
