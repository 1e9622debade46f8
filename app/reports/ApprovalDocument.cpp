#include "ApprovalDocument.h"

#include "CongressDocument.h"
#include "DocumentText.h"
#include "PartyDocument.h"

namespace daihoi {

QString ApprovalDocument::electionRules(const QDate &congressDate)
{
    if (congressDate.isValid() && congressDate < QDate(2024, 10, 10))
        return QStringLiteral("Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 244-QĐ/TW ngày 09/6/2014");
    return QStringLiteral("Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10/10/2024");
}

void ApprovalDocument::write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header)
{
    const bool hasCommittee = record.election(ElectionOffice::Committee) != nullptr;
    QStringList offices;
    if (hasCommittee)
        offices << QStringLiteral("Chi ủy");
    offices << QStringLiteral("Bí thư");
    if (record.election(ElectionOffice::DeputySecretary))
        offices << QStringLiteral("Phó Bí thư");
    document.writeHeader(header);
    document.writeTitle(QStringLiteral("Tờ trình"),
                        QStringLiteral("Đề nghị chuẩn y kết quả bầu %1 %2 nhiệm kỳ %3")
                            .arg(DocumentText::joinAnd(offices), record.unit.name, DocumentText::term(record.term)));
    document.writeAddressee(header.addressee);

    document.writeParagraph(QStringLiteral("Căn cứ %1;").arg(electionRules(record.date())));
    document.writeParagraph(QStringLiteral("Căn cứ kết quả bầu cử tại %1, %2;")
                                .arg(record.congressTitle(), DocumentText::longDate(record.date())));
    const QString asker = hasCommittee ? QStringLiteral("Chi ủy %1").arg(record.unit.name) : record.unit.name;
    const QString addressee = header.addressee.trimmed().isEmpty() ? QStringLiteral("cấp ủy cấp trên")
                                                                   : header.addressee.trimmed();
    document.writeParagraph(QStringLiteral("%1 kính trình %2 xem xét, chuẩn y:").arg(asker, addressee));

    int item = 1;
    if (hasCommittee) {
        document.writeParagraph(QStringLiteral("%1. Chi ủy %2 nhiệm kỳ %3 gồm %4 đồng chí:")
                                    .arg(item++)
                                    .arg(record.unit.name, DocumentText::term(record.term))
                                    .arg(record.members.size()));
        CongressDocument::writeCommitteeTable(document, record, true);
    }
    for (const CommitteeMember &member : record.membersByRole()) {
        if (member.role == CommitteeRole::Member)
            continue;
        const QString office = member.role == CommitteeRole::Secretary ? QStringLiteral("Bí thư") : QStringLiteral("Phó Bí thư");
        QString line = QStringLiteral("%1. Đồng chí %2 giữ chức %3 %4 nhiệm kỳ %5")
                           .arg(item++)
                           .arg(member.person.fullName, office, record.unit.name, DocumentText::term(record.term));
        if (!member.appointed && member.roleVotes > 0)
            line += QStringLiteral(" (trúng cử với %1 phiếu, đạt %2)")
                        .arg(member.roleVotes)
                        .arg(DocumentText::percent(member.rolePercentHundredths));
        document.writeParagraph(line + QLatin1Char('.'));
    }
    document.writeParagraph(QStringLiteral("Kính trình %1 xem xét, quyết định./.").arg(addressee));
    document.writeSignature(header);
}

} // namespace daihoi
