#pragma once

#include "SheetTable.h"

#include <QCoreApplication>

namespace daihoi {

// Writes a SheetTable as an Excel workbook (.xlsx, libxlsxwriter): numbers stored as numbers,
// percentages as numbers shown with two decimals, dates as dates (dd/mm/yyyy), column widths
// fitted to their text, the heading row frozen.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::XlsxWriter)
public:
    static bool write(const SheetTable &table, const QString &path, QString *error);
};

} // namespace daihoi
