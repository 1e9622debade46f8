#pragma once

#include "SheetTable.h"
#include "StatisticsFigures.h"

#include <QList>
#include <QString>

namespace daihoi {

// The lines of the Biểu thống kê cấp ủy as printed and as a spreadsheet: the form's fixed lines,
// group captions ("Tuổi đời:") without figures, and the "chưa rõ" lines only when someone is in them.
class StatisticsTable
{
public:
    struct Row
    {
        QString number; // STT: "1", "2"… for lines with figures
        QString label;
        bool caption = false; // a group caption: no figures
        bool bold = false;
        StatisticsFigures::Line line = StatisticsFigures::Total;
    };
    static QList<Row> rows(const StatisticsFigures &figures);
    static QStringList columnTitles(); // after STT and the label
    static SheetTable sheet(const StatisticsFigures &figures, const QString &title);
};

} // namespace daihoi
