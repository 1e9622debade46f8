#include "TargetsTable.h"

#include "DocumentText.h"
#include "storage/targets/CommitteeTargetQuery.h"

namespace daihoi {

namespace {

QVariant figure(const ExactDecimal &value)
{
    return value.toString(QLatin1Char('.')).toDouble();
}

} // namespace

bool TargetsTable::load(QSqlDatabase db, const Unit &committee, const Term &term, const CommitteeTargetFilter &filter,
                        SheetTable *table, QString *error)
{
    using Kind = SheetTable::Kind;
    *table = SheetTable();
    table->title = QStringLiteral("Chỉ tiêu nghị quyết đại hội các tổ chức đảng trực thuộc %1, nhiệm kỳ %2")
                       .arg(committee.name, DocumentText::term(term));
    table->sheetName = QStringLiteral("Chỉ tiêu");
    table->columns = {{QStringLiteral("STT"), Kind::Integer},        {QStringLiteral("Mã"), Kind::Text},
                      {QStringLiteral("Tổ chức đảng"), Kind::Text},  {QStringLiteral("Nhóm"), Kind::Text},
                      {QStringLiteral("Chỉ tiêu"), Kind::Text},      {QStringLiteral("So sánh"), Kind::Text},
                      {QStringLiteral("Mức đề ra"), Kind::Number},   {QStringLiteral("Đơn vị tính"), Kind::Text},
                      {QStringLiteral("Đạt được"), Kind::Number},    {QStringLiteral("Kết quả"), Kind::Text}};
    const CommitteeTargetQuery query(db);
    const int page = 500;
    int number = 0;
    for (int offset = 0;; offset += page) {
        QList<CommitteeTargetRow> rows;
        if (!query.rows(committee.id, term.id, filter, offset, page, &rows, error))
            return false;
        for (const CommitteeTargetRow &row : std::as_const(rows)) {
            const Target &target = row.target;
            table->rows.append({++number, row.unit.code, row.unit.name, target.group, target.name,
                                Target::comparisonSymbol(target.comparison), figure(target.value), target.unit,
                                target.reached ? figure(*target.reached) : QVariant(), row.result == TargetResult::NotReviewed ? QStringLiteral("Chưa đánh giá") : DocumentText::targetResult(row.result)});
        }
        if (rows.size() < page)
            break;
    }
    return true;
}

} // namespace daihoi
