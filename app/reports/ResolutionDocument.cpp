#include "ResolutionDocument.h"

#include "CongressDocument.h"
#include "DocumentText.h"
#include "PartyDocument.h"
#include "domain/Percent.h"

#include <QRegularExpression>

namespace daihoi {

QString ResolutionDocument::groupName(DirectionItem::Group group)
{
    switch (group) {
    case DirectionItem::Group::Direction:
        return QStringLiteral("Phương hướng");
    case DirectionItem::Group::Task:
        return QStringLiteral("Nhiệm vụ");
    case DirectionItem::Group::Solution:
        return QStringLiteral("Giải pháp");
    }
    return {};
}

QString ResolutionDocument::approvalRate(const Congress &congress)
{
    const QString voters =
        congress.kind == CongressKind::Delegates ? QStringLiteral("đại biểu") : QStringLiteral("đảng viên");
    const QString present = congress.present > 0 ? QString::number(congress.present) : QStringLiteral("……");
    if (congress.resolutionVotesFor <= 0)
        return QStringLiteral("được ……/%1 %2 có mặt tán thành, đạt ……%").arg(present, voters);
    return QStringLiteral("được %1/%2 %3 có mặt tán thành, đạt %4")
        .arg(congress.resolutionVotesFor)
        .arg(present, voters,
             DocumentText::percent(Percent::hundredths(congress.resolutionVotesFor, congress.present)));
}

void ResolutionDocument::write(PartyDocument &document, const CongressRecord &record,
                               const DocumentHeader &header, const QList<DirectionItem> &directions,
                               const QList<PrintedTarget> &targets)
{
    const Congress &congress = record.congress;
    const QString term = DocumentText::term(record.term);
    const bool hasCommittee = record.election(ElectionOffice::Committee) != nullptr;
    const QString committee = hasCommittee ? QStringLiteral("Chi ủy") : QStringLiteral("Bí thư chi bộ");
    document.writeHeader(header);
    document.writeTitle(QStringLiteral("Nghị quyết"), record.congressTitle());

    QString opening =
        QStringLiteral("%1 họp %2").arg(record.congressTitle(), DocumentText::longDate(record.date()));
    if (!congress.place.trimmed().isEmpty())
        opening += QStringLiteral(" tại %1").arg(congress.place.trimmed());
    opening += QStringLiteral(", có mặt %1/%2 %3 chính thức được triệu tập.")
                   .arg(congress.present)
                   .arg(congress.summoned)
                   .arg(congress.kind == CongressKind::Delegates ? QStringLiteral("đại biểu")
                                                                 : QStringLiteral("đảng viên"));
    document.writeParagraph(opening);
    document.writeParagraph(
        QStringLiteral("Đại hội đã nghe Báo cáo chính trị và Báo cáo kiểm điểm của %1 nhiệm kỳ qua "
                       "trình Đại hội:")
            .arg(committee));
    document.writeParagraph(QStringLiteral("- Báo cáo chính trị: %1")
                                .arg(congress.politicalReportSummary.trimmed().isEmpty()
                                         ? QStringLiteral("……………………………………………………")
                                         : congress.politicalReportSummary.trimmed()));
    document.writeParagraph(QStringLiteral("- Báo cáo kiểm điểm của %1: %2")
                                .arg(committee, congress.selfReviewSummary.trimmed().isEmpty()
                                                    ? QStringLiteral("……………………………………………………")
                                                    : congress.selfReviewSummary.trimmed()));
    QString heard = QStringLiteral("Sau khi nghe ý kiến thảo luận của đảng viên");
    for (const CongressGuest &guest : congress.guests)
        heard += QStringLiteral(", ý kiến chỉ đạo của đồng chí %1%2")
                     .arg(guest.name, guest.title.isEmpty() ? QString() : QStringLiteral(", ") + guest.title);
    document.writeParagraph(heard + QLatin1Char(','));
    document.writeCentred(QStringLiteral("QUYẾT NGHỊ:"), true);

    document.writeHeading(QStringLiteral("1. Về đánh giá kết quả nhiệm kỳ qua"));
    document.writeParagraph(
        QStringLiteral("Nhất trí với những đánh giá về kết quả thực hiện Nghị quyết nhiệm kỳ qua, "
                       "ưu điểm, hạn chế, nguyên nhân và bài học kinh nghiệm nêu trong Báo cáo chính "
                       "trị và Báo cáo kiểm điểm của %1 trình Đại hội.")
            .arg(committee));

    document.writeHeading(
        QStringLiteral("2. Phương hướng, nhiệm vụ và các chỉ tiêu chủ yếu nhiệm kỳ %1").arg(term));
    for (DirectionItem::Group group : DirectionItem::groups()) {
        QStringList texts;
        for (const DirectionItem &item : directions) {
            if (item.group == group && !item.text.trimmed().isEmpty())
                texts.append(item.text.trimmed());
        }
        if (texts.isEmpty())
            continue;
        // Headings, so a label never stays alone at the foot of a page above its items.
        document.writeHeading(groupName(group) + QLatin1Char(':'));
        for (const QString &text : texts)
            document.writeParagraph(QStringLiteral("- ") + text);
    }
    if (!targets.isEmpty()) {
        document.writeHeading(QStringLiteral("Các chỉ tiêu chủ yếu:"));
        // Numbered as entered; a group's name stands above its targets wherever the group changes.
        QString group;
        for (int i = 0; i < targets.size(); ++i) {
            const PrintedTarget &target = targets.at(i);
            if (!target.group.trimmed().isEmpty() && target.group.trimmed() != group) {
                group = target.group.trimmed();
                document.writeHeading(QStringLiteral("* %1:").arg(group));
            }
            // "≥ 100 %" stays on one line.
            QString requirement = target.requirement.trimmed();
            requirement.replace(QStringLiteral(" %"), QStringLiteral("\u00A0%"));
            requirement.replace(QRegularExpression(QStringLiteral("^([≥≤=<>]) ")),
                                QStringLiteral("\\1\u00A0"));
            document.writeParagraph(
                QStringLiteral("%1. %2 (mức phấn đấu: %3).").arg(i + 1).arg(target.name, requirement));
        }
    }
    if (directions.isEmpty() && targets.isEmpty())
        document.writeParagraph(QStringLiteral("……………………………………………………………………………………"));

    document.writeHeading(QStringLiteral("3. Về công tác nhân sự"));
    QStringList names;
    for (const CommitteeMember &member : record.membersByRole())
        names.append(member.person.fullName);
    if (hasCommittee)
        document.writeParagraph(QStringLiteral("Đại hội đã bầu Chi ủy nhiệm kỳ %1 gồm %2 đồng chí: %3.")
                                    .arg(term)
                                    .arg(names.size())
                                    .arg(DocumentText::joinAnd(names)));
    for (const QString &sentence : CongressDocument::officeSentences(record))
        document.writeParagraph(sentence);
    document.writeParagraph(
        QStringLiteral("Giao %1 nhiệm kỳ %2 căn cứ Nghị quyết này xây dựng chương trình hành động, "
                       "kế hoạch cụ thể, lãnh đạo chi bộ thực hiện thắng lợi Nghị quyết Đại hội.")
            .arg(hasCommittee ? QStringLiteral("Chi ủy") : QStringLiteral("Bí thư, Phó Bí thư chi bộ"),
                 term));

    const QDate lastDay = congress.heldTo.isValid() ? congress.heldTo : record.date();
    document.writeParagraph(
        QStringLiteral("Nghị quyết được %1 thông qua %2, %3./.")
            .arg(record.congressTitle(), DocumentText::longDate(lastDay), approvalRate(congress)));
    document.writeSignature(header);
}

} // namespace daihoi
