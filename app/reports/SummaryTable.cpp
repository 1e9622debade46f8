#include "SummaryTable.h"

#include "DocumentText.h"

namespace daihoi {

SheetTable SummaryTable::of(const SummaryData &data)
{
    using Kind = SheetTable::Kind;
    SheetTable table;
    table.title = QStringLiteral("Kết quả đại hội các tổ chức đảng trực thuộc %1, nhiệm kỳ %2")
                      .arg(data.committee.name, DocumentText::term(data.term));
    table.sheetName = QStringLiteral("Tổng hợp");
    table.columns = {{QStringLiteral("STT"), Kind::Integer},
                     {QStringLiteral("Tên tổ chức đảng"), Kind::Text},
                     {QStringLiteral("Tình trạng"), Kind::Text},
                     {QStringLiteral("Ngày đại hội"), Kind::Date},
                     {QStringLiteral("Có mặt"), Kind::Integer},
                     {QStringLiteral("Triệu tập"), Kind::Integer},
                     {QStringLiteral("Cấp ủy đã bầu"), Kind::Integer},
                     {QStringLiteral("Số lượng cấp ủy"), Kind::Integer},
                     {QStringLiteral("Bí thư"), Kind::Text},
                     {QStringLiteral("Tỷ lệ % phiếu bầu Bí thư"), Kind::Percent},
                     {QStringLiteral("Nữ"), Kind::Integer},
                     {QStringLiteral("Chưa rõ giới tính"), Kind::Integer},
                     {QStringLiteral("Dưới %1 tuổi").arg(data.youngAgeLimit), Kind::Integer}};
    int number = 0;
    for (const SummaryRow &row : data.rows) {
        QVariantList cells{++number, row.unit.name};
        if (!row.isHeld()) {
            QString state = row.hasRecord && row.status == Congress::Status::Postponed ? QStringLiteral("Hoãn")
                                                                                       : QStringLiteral("Chưa tổ chức");
            if (row.plannedDate.isValid())
                state += QStringLiteral(" (dự kiến %1)").arg(DocumentText::shortDate(row.plannedDate));
            cells << state;
            table.rows.append(cells);
            continue;
        }
        cells << QStringLiteral("Đã tổ chức") << row.heldFrom << row.present << row.summoned << row.members << row.seats
              << row.secretary
              << (row.secretaryAppointed ? QVariant() : SheetTable::percent(row.secretaryPercent)) << row.women
              << row.genderUnknown << row.young;
        table.rows.append(cells);
    }
    return table;
}

} // namespace daihoi
