#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace daihoi {

// A table a clerk may rework in a spreadsheet: a title, typed columns and rows of values.
// Cells hold a QString (Text), an int (Integer), a double (Number, shown as entered), a double in
// percent such as 66.67 (Percent) or a QDate (Date); a null QVariant leaves the cell empty.
struct SheetTable
{
    enum class Kind { Text, Integer, Number, Percent, Date };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
    };

    QString title;     // printed above the headings
    QString sheetName; // the tab's name, at most 31 characters
    QList<Column> columns;
    QList<QVariantList> rows;

    // A percent cell from hundredths of a percent (6667 is 66.67 %); negative is unknown: empty.
    static QVariant percent(qint64 hundredths) { return hundredths < 0 ? QVariant() : QVariant(hundredths / 100.0); }
};

} // namespace daihoi
