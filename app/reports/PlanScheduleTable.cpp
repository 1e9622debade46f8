#include "PlanScheduleTable.h"

#include "PlanScheduleDocument.h"

namespace daihoi {

SheetTable PlanScheduleTable::of(const PlanScheduleData &data)
{
    using Kind = SheetTable::Kind;
    const QStringList headings = PlanScheduleDocument::headings(data);
    SheetTable table;
    table.title = QStringLiteral("%1 %2 %3").arg(data.title(), data.subject(), data.source());
    table.sheetName = data.isAgenda() ? QStringLiteral("Lịch 14 ngày") : QStringLiteral("Lịch đại hội");
    table.columns = {{headings.at(0), Kind::Integer},           {headings.at(1), Kind::Text},
                     {QStringLiteral("Đại hội điểm"), Kind::Text}, {QStringLiteral("Ngày"), Kind::Date},
                     {QStringLiteral("Giờ"), Kind::Text},          {headings.at(3), Kind::Text},
                     {headings.at(4), Kind::Text}};
    int number = 0;
    for (const PlanScheduleRow &row : data.rows) {
        const ScheduledCongress &line = row.line;
        table.rows.append({++number, row.unitName, line.pilot ? QStringLiteral("Điểm") : QString(),
                           line.date.isValid() ? QVariant(line.date) : QVariant(),
                           line.time.isValid() ? PlanScheduleData::clock(line.time) : QString(), line.place.trimmed(),
                           line.attending.trimmed()});
    }
    return table;
}

} // namespace daihoi
