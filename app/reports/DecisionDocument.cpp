#include "DecisionDocument.h"

#include "ApprovalDocument.h"
#include "DocumentText.h"
#include "PartyDocument.h"

namespace daihoi {

namespace {

// The leading run of ASCII digits of a number such as "125-QĐ/ĐU".
int leadingDigits(const QString &text)
{
    int digits = 0;
    while (digits < text.size() && text.at(digits) >= QLatin1Char('0') && text.at(digits) <= QLatin1Char('9'))
        ++digits;
    return digits;
}

} // namespace

bool DecisionDocument::canNumberOn(const QString &first)
{
    return leadingDigits(first.trimmed()) > 0 && leadingDigits(first.trimmed()) <= 9;
}

QString DecisionDocument::numberAt(const QString &first, int offset)
{
    const QString text = first.trimmed();
    if (offset == 0 || text.isEmpty())
        return text;
    if (!canNumberOn(text))
        return {};
    const int digits = leadingDigits(text);
    const QString number = QString::number(text.left(digits).toLongLong() + offset);
    // "007-QĐ/ĐU" goes on as "008-QĐ/ĐU": the office's numbering keeps its width.
    const QString padded =
        text.startsWith(QLatin1Char('0')) ? number.rightJustified(digits, QLatin1Char('0')) : number;
    return padded + text.mid(digits);
}

void DecisionDocument::writeBatch(PartyDocument &document, const QList<CongressRecord> &records,
                                  const DocumentHeader &header)
{
    for (int i = 0; i < records.size(); ++i) {
        if (i > 0)
            document.breakPage();
        DocumentHeader own = header;
        own.number = numberAt(header.number, i);
        write(document, records.at(i), own);
    }
}

void DecisionDocument::write(PartyDocument &document, const CongressRecord &record,
                             const DocumentHeader &header)
{
    const QString term = DocumentText::term(record.term);
    const bool hasCommittee = record.election(ElectionOffice::Committee) != nullptr;
    const QList<CommitteeMember> members = record.membersByRole();
    bool hasDeputy = record.election(ElectionOffice::DeputySecretary) != nullptr;
    for (const CommitteeMember &member : members)
        hasDeputy = hasDeputy || member.role == CommitteeRole::DeputySecretary;
    QStringList offices;
    if (hasCommittee)
        offices << QStringLiteral("Chi ủy");
    offices << QStringLiteral("Bí thư");
    if (hasDeputy)
        offices << QStringLiteral("Phó Bí thư");
    const QString approved =
        QStringLiteral("%1 %2 nhiệm kỳ %3").arg(offices.join(QStringLiteral(", ")), record.unit.name, term);

    document.writeHeader(header);
    document.writeTitle(QStringLiteral("Quyết định"),
                        QStringLiteral("chuẩn y kết quả bầu cử %1").arg(approved));

    // The body that decides: "BAN THƯỜNG VỤ ĐẢNG ỦY …" when its standing board signs on its behalf.
    QString decider = DocumentText::capitals(header.issuingBody.trimmed());
    if (header.signerCapacity.contains(QStringLiteral("Ban Thường vụ"), Qt::CaseInsensitive))
        decider = QStringLiteral("BAN THƯỜNG VỤ ") + decider;
    document.writeCentred(decider, true);
    document.writeParagraph(QStringLiteral("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"));
    document.writeParagraph(
        QStringLiteral("- Căn cứ %1;").arg(ApprovalDocument::electionRules(record.date())));
    document.writeParagraph(
        QStringLiteral("- Xét Tờ trình của %1 đề nghị chuẩn y kết quả bầu cử tại %2, %3;")
            .arg(hasCommittee ? QStringLiteral("Chi ủy ") + record.unit.name : record.unit.name,
                 record.congressTitle(), DocumentText::longDate(record.date())));
    document.writeCentred(QStringLiteral("QUYẾT ĐỊNH:"), true);

    document.writeParagraph(QStringLiteral("Điều 1. Chuẩn y kết quả bầu cử %1 gồm %2 đồng chí:")
                                .arg(approved)
                                .arg(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const CommitteeMember &member = members.at(i);
        QString office = member.role == CommitteeRole::Member
                             ? DocumentText::roleName(member.role)
                             : DocumentText::roleName(member.role) + QStringLiteral(" Chi bộ");
        if (member.appointed)
            office += QStringLiteral(" (do cấp ủy cấp trên chỉ định)");
        document.writeParagraph(QStringLiteral("%1. Đồng chí %2, %3%4")
                                    .arg(i + 1)
                                    .arg(member.person.fullName, office,
                                         i + 1 < members.size() ? QStringLiteral(";") : QStringLiteral(".")));
    }

    const QString leaders = QStringLiteral("%1 %2").arg(
        hasCommittee ? QStringLiteral("Chi ủy") : offices.join(QStringLiteral(", ")), record.unit.name);
    document.writeParagraph(
        QStringLiteral("Điều 2. %1 nhiệm kỳ %2 có trách nhiệm lãnh đạo chi bộ thực hiện thắng lợi "
                       "Nghị quyết Đại hội chi bộ nhiệm kỳ %2 và các nhiệm vụ do cấp ủy cấp trên "
                       "giao. Quyết định có hiệu lực kể từ ngày ký.")
            .arg(leaders, term));
    document.writeParagraph(
        QStringLiteral("Điều 3. Văn phòng và các cơ quan tham mưu, giúp việc %1, %2 và các đồng chí "
                       "có tên tại Điều 1 căn cứ Quyết định thi hành./.")
            .arg(header.issuingBody.trimmed(), record.unit.name));
    document.writeSignature(header);
}

} // namespace daihoi
