#pragma once

#include "SheetTable.h"
#include "StatisticsFigures.h"

#include <QList>
#include <QString>

namespace daihoi {

// The lines of the Biểu thống kê cấp ủy as printed and as a spreadsheet: the form's fixed lines, each
// group's caption before its first line ("Tuổi đời: - Đến 40 tuổi") so the table fits one page with
// its signatures, and the "chưa rõ" lines only when someone is in them.
class StatisticsTable
{
public:
    struct Row
    {
        QString number; // STT: "1", "2"… for lines with figures
        QString label;
        bool bold = false;
        StatisticsFigures::Line line = StatisticsFigures::Total;
    };
    static QList<Row> rows(const StatisticsFigures &figures);
    static QStringList columnTitles(); // after STT and the label
    static SheetTable sheet(const StatisticsFigures &figures, const QString &title);
};

} // namespace daihoi
