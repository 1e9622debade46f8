#include "MembersTable.h"

#include "CongressRecord.h"
#include "DocumentText.h"

namespace daihoi {

namespace {

QString theoryText(TheoryLevel level)
{
    switch (level) {
    case TheoryLevel::Elementary:
        return QStringLiteral("Sơ cấp");
    case TheoryLevel::Intermediate:
        return QStringLiteral("Trung cấp");
    case TheoryLevel::Advanced:
        return QStringLiteral("Cao cấp");
    case TheoryLevel::Bachelor:
        return QStringLiteral("Cử nhân");
    case TheoryLevel::None:
        break;
    }
    return {};
}

} // namespace

bool MembersTable::load(QSqlDatabase db, const Unit &unit, const Term &term, SheetTable *table, QString *error)
{
    CongressRecord record;
    if (!CongressRecord::load(db, unit, term, &record, error)) {
        if (error->isEmpty())
            *error = tr("%1 (%2) has no congress recorded in the term %3.").arg(unit.name, unit.code, term.label());
        return false;
    }
    using Kind = SheetTable::Kind;
    *table = SheetTable();
    table->title = QStringLiteral("Cấp ủy %1 nhiệm kỳ %2").arg(unit.name, DocumentText::term(term));
    table->sheetName = QStringLiteral("Cấp ủy");
    table->columns = {{QStringLiteral("STT"), Kind::Integer},
                      {QStringLiteral("Họ và tên"), Kind::Text},
                      {QStringLiteral("Chức vụ"), Kind::Text},
                      {QStringLiteral("Giới tính"), Kind::Text},
                      {QStringLiteral("Năm sinh"), Kind::Integer},
                      {QStringLiteral("Tuổi"), Kind::Integer},
                      {QStringLiteral("Dân tộc"), Kind::Text},
                      {QStringLiteral("Trình độ chuyên môn"), Kind::Text},
                      {QStringLiteral("Lý luận chính trị"), Kind::Text},
                      {QStringLiteral("Tái cử"), Kind::Text},
                      {QStringLiteral("Số phiếu"), Kind::Integer},
                      {QStringLiteral("Tỷ lệ %"), Kind::Percent}};
    int number = 0;
    for (const CommitteeMember &member : record.membersByRole()) {
        const Person &person = member.person;
        const int age = person.ageIn(record.date());
        table->rows.append({++number, person.fullName, DocumentText::roleName(member.role),
                            person.gender == Gender::Female ? QStringLiteral("Nữ")
                            : person.gender == Gender::Male ? QStringLiteral("Nam")
                                                            : QString(),
                            person.birthYear > 0 ? QVariant(person.birthYear) : QVariant(),
                            age >= 0 ? QVariant(age) : QVariant(), person.ethnicity.simplified(), person.education,
                            theoryText(person.theoryLevel),
                            member.reelected ? QStringLiteral("Tái cử") : QStringLiteral("Lần đầu"),
                            member.votes > 0 ? QVariant(member.votes) : QVariant(),
                            member.votes > 0 ? SheetTable::percent(member.percentHundredths) : QVariant()});
    }
    return true;
}

} // namespace daihoi
