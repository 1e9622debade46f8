#include "StatisticsTable.h"

namespace daihoi {

QList<StatisticsTable::Row> StatisticsTable::rows(const StatisticsFigures &figures)
{
    using F = StatisticsFigures;
    QList<Row> rows;
    int number = 0;
    auto line = [&](F::Line which, const QString &label, bool bold = false) {
        rows.append({QString::number(++number), label, bold, which});
    };
    auto unknown = [&](F::Line which, const QString &label) {
        if (figures.count(which, F::Members) > 0)
            line(which, label);
    };
    line(F::Total, QStringLiteral("TỔNG SỐ"), true);
    line(F::Women, QStringLiteral("Trong đó: - Nữ"));
    unknown(F::GenderUnknown, QStringLiteral("- Chưa rõ giới tính"));
    line(F::EthnicMinority, QStringLiteral("- Dân tộc thiểu số"));
    unknown(F::EthnicityUnknown, QStringLiteral("- Chưa rõ dân tộc"));
    line(F::AgeTo40, QStringLiteral("Tuổi đời: - Đến 40 tuổi"));
    line(F::Age41To50, QStringLiteral("- Trên 40 đến 50 tuổi"));
    line(F::AgeOver50, QStringLiteral("- Trên 50 tuổi"));
    unknown(F::AgeUnknown, QStringLiteral("- Chưa rõ năm sinh"));
    line(F::College, QStringLiteral("Chuyên môn: - Cao đẳng"));
    line(F::University, QStringLiteral("- Đại học"));
    line(F::Postgraduate, QStringLiteral("- Trên đại học"));
    line(F::TheoryElementary, QStringLiteral("Lý luận chính trị: - Sơ cấp"));
    line(F::TheoryIntermediate, QStringLiteral("- Trung cấp"));
    line(F::TheoryAdvanced, QStringLiteral("- Cao cấp, cử nhân"));
    line(F::Reelected, QStringLiteral("Tái cử"));
    line(F::FirstTime, QStringLiteral("Lần đầu tham gia cấp ủy"));
    return rows;
}

QStringList StatisticsTable::columnTitles()
{
    return {QStringLiteral("Cấp ủy viên"), QStringLiteral("Bí thư"), QStringLiteral("Phó Bí thư")};
}

SheetTable StatisticsTable::sheet(const StatisticsFigures &figures, const QString &title)
{
    using Kind = SheetTable::Kind;
    SheetTable table;
    table.title = title;
    table.sheetName = QStringLiteral("Thống kê cấp ủy");
    table.columns = {{QStringLiteral("STT"), Kind::Text}, {QStringLiteral("Chỉ tiêu"), Kind::Text}};
    for (const QString &column : columnTitles())
        table.columns.append({column, Kind::Integer});
    for (const Row &row : rows(figures)) {
        QVariantList cells{row.number, row.label};
        for (int c = 0; c < StatisticsFigures::ColumnCount; ++c)
            cells << figures.count(row.line, StatisticsFigures::Column(c));
        table.rows.append(cells);
    }
    return table;
}

} // namespace daihoi
