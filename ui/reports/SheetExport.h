#pragma once

#include "reports/SheetTable.h"

#include <QCoreApplication>

class QWidget;

namespace daihoi {

// Saves a table the clerk sees as an Excel workbook: asks where (a save dialog), writes it.
class SheetExport
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::SheetExport)
public:
    // Test hook, used once by the next save instead of the save dialog; an empty name cancels.
    static void setNextFileName(const QString &path);
    // false with *error when writing failed; false with an empty error when the clerk cancelled.
    static bool save(QWidget *parent, const SheetTable &table, const QString &suggestedName, QString *error);
};

} // namespace daihoi
