#include "MinutesDocument.h"

#include "DocumentText.h"
#include "PartyDocument.h"
#include "ResolutionDocument.h"

namespace daihoi {

namespace {

const QString dots = QStringLiteral("……………………………");

QString excludedLabel(BaseExclusions::Category category)
{
    switch (category) {
    case BaseExclusions::Category::AbsentWithReason:
        return QStringLiteral("vắng mặt có lý do được chấp nhận");
    case BaseExclusions::Category::ExcusedAbsent:
        return QStringLiteral("được miễn sinh hoạt và không dự");
    case BaseExclusions::Category::Suspended:
        return QStringLiteral("đang bị đình chỉ sinh hoạt, khởi tố, truy tố, tạm giam");
    case BaseExclusions::Category::Temporary:
        return QStringLiteral("sinh hoạt tạm thời nơi khác");
    case BaseExclusions::Category::AbsentWithoutAlternate:
        return QStringLiteral("vắng mặt không có người dự khuyết thay thế");
    }
    return {};
}

// "A, B và C", or a dotted blank to be written by hand.
QString namesOrDots(const QStringList &names)
{
    QStringList kept;
    for (const QString &name : names) {
        if (!name.trimmed().isEmpty())
            kept.append(name.trimmed());
    }
    return kept.isEmpty() ? dots : DocumentText::joinAnd(kept);
}

// ": what it said." after a report's name, or just the full stop when nothing was recorded.
QString summary(const QString &text)
{
    QString said = text.trimmed();
    if (said.isEmpty())
        return QStringLiteral(".");
    if (!said.endsWith(QLatin1Char('.')))
        said += QLatin1Char('.');
    return QStringLiteral(": ") + said;
}

} // namespace

QString MinutesDocument::clock(const QTime &time)
{
    if (!time.isValid())
        return QStringLiteral("…… giờ ……");
    if (time.minute() == 0)
        return QStringLiteral("%1 giờ").arg(time.hour());
    return QStringLiteral("%1 giờ %2").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
}

void MinutesDocument::write(PartyDocument &document, const CongressRecord &record,
                            const DocumentHeader &header)
{
    const Congress &congress = record.congress;
    const QString term = DocumentText::term(record.term);
    const bool delegates = congress.kind == CongressKind::Delegates;
    const QString voters =
        delegates ? QStringLiteral("đại biểu chính thức") : QStringLiteral("đảng viên chính thức");
    const bool oneDay = !congress.heldTo.isValid() || congress.heldTo == congress.heldFrom;

    document.writeHeader(header, !header.number.trimmed().isEmpty());
    document.writeTitle(QStringLiteral("Biên bản"), record.congressTitle());

    document.writeParagraph(
        QStringLiteral("%1 diễn ra vào hồi %2 %3%4, tại %5.")
            .arg(record.congressTitle(), clock(congress.openingTime), DocumentText::longDate(record.date()),
                 oneDay ? QString() : QStringLiteral(" đến %1").arg(DocumentText::longDate(congress.heldTo)),
                 congress.place.trimmed().isEmpty() ? dots : congress.place.trimmed()));

    document.writeHeading(QStringLiteral("I. Thành phần dự Đại hội"));
    if (!delegates && congress.officialMembers + congress.probationaryMembers > 0)
        document.writeParagraph(
            QStringLiteral("- Tổng số đảng viên của chi bộ: %1 đồng chí (chính thức: %2, dự bị: %3).")
                .arg(congress.officialMembers + congress.probationaryMembers)
                .arg(congress.officialMembers)
                .arg(congress.probationaryMembers));
    document.writeParagraph(QStringLiteral("- Có mặt %1/%2 %3 được triệu tập; vắng mặt: %4 đồng chí.")
                                .arg(congress.present)
                                .arg(congress.summoned)
                                .arg(voters)
                                .arg(qMax(0, congress.summoned - congress.present)));
    QStringList excluded;
    for (BaseExclusions::Category category : BaseExclusions::categories()) {
        const int count = congress.exclusions.count(category);
        if (count > 0 && BaseExclusions::appliesTo(category, congress.kind))
            excluded.append(QStringLiteral("%1 đồng chí %2").arg(count).arg(excludedLabel(category)));
    }
    if (!excluded.isEmpty())
        document.writeParagraph(QStringLiteral("- Không tính vào cơ sở tính tỷ lệ bầu cử: %1.")
                                    .arg(excluded.join(QStringLiteral("; "))));
    document.writeParagraph(
        QStringLiteral("- Số %1 làm cơ sở tính tỷ lệ bầu cử: %2 đồng chí.").arg(voters).arg(congress.base()));
    if (congress.guests.isEmpty()) {
        document.writeParagraph(
            QStringLiteral("- Khách mời: đồng chí %1, đại diện cấp ủy cấp trên.").arg(dots));
    } else {
        for (const CongressGuest &guest : congress.guests)
            document.writeParagraph(
                QStringLiteral("- Khách mời: đồng chí %1%2.")
                    .arg(guest.name, guest.title.isEmpty() ? QString() : QStringLiteral(", ") + guest.title));
    }

    document.writeHeading(QStringLiteral("II. Diễn biến Đại hội"));
    int step = 1;
    auto item = [&](const QString &text) {
        document.writeParagraph(QStringLiteral("%1. %2").arg(step++).arg(text));
    };
    item(QStringLiteral("Đại hội làm lễ chào cờ, tuyên bố lý do, giới thiệu đại biểu."));
    item(QStringLiteral("Đại hội biểu quyết bằng giơ tay bầu Đoàn Chủ tịch gồm các đồng chí: %1; cử Thư ký "
                        "Đại hội: đồng chí %2.")
             .arg(namesOrDots(congress.presidium), namesOrDots(congress.secretaries)));
    item(QStringLiteral("Đại hội biểu quyết thông qua chương trình và quy chế làm việc của Đại hội."));
    item(QStringLiteral("Báo cáo tình hình đảng viên dự Đại hội: có mặt %1/%2 %3 được triệu tập.")
             .arg(congress.present)
             .arg(congress.summoned)
             .arg(voters));
    item(QStringLiteral(
             "Đại hội nghe Báo cáo chính trị%1 Đại hội nghe Báo cáo kiểm điểm của cấp ủy nhiệm kỳ qua%2")
             .arg(summary(congress.politicalReportSummary), summary(congress.selfReviewSummary)));
    item(QStringLiteral("Đại hội thảo luận các báo cáo; có …… ý kiến phát biểu."));
    if (congress.guests.isEmpty()) {
        item(QStringLiteral("Đồng chí %1, đại diện cấp ủy cấp trên, phát biểu chỉ đạo Đại hội.").arg(dots));
    } else {
        const CongressGuest &guest = congress.guests.first();
        item(QStringLiteral("Đồng chí %1%2 phát biểu chỉ đạo Đại hội.")
                 .arg(guest.name, guest.title.isEmpty()
                                      ? QString()
                                      : QStringLiteral(", ") + guest.title + QLatin1Char(',')));
    }
    const QString head =
        congress.countingBoardHead.trimmed().isEmpty() ? dots : congress.countingBoardHead.trimmed();
    item(QStringLiteral("Đại hội biểu quyết bằng giơ tay bầu Ban kiểm phiếu gồm các đồng chí: %1, Trưởng "
                        "ban; %2, Ủy viên.")
             .arg(head, namesOrDots(congress.countingBoardMembers)));
    for (const Election &election : record.elections) {
        const QList<RoundResult> results = election.tally(congress);
        QStringList elected;
        for (const Election::Winner &winner : election.winners(results))
            elected.append(QStringLiteral("đồng chí %1 (%2 phiếu, đạt %3)")
                               .arg(winner.name)
                               .arg(winner.votes)
                               .arg(DocumentText::percent(winner.percentHundredths)));
        QString text = QStringLiteral("Đại hội bầu %1 (số lượng %2, %3 lần bầu): ")
                           .arg(DocumentText::officeName(election.office))
                           .arg(election.totalSeats)
                           .arg(election.rounds.size());
        if (elected.isEmpty())
            text += QStringLiteral("không có đồng chí nào trúng cử.");
        else
            text += QStringLiteral("trúng cử %1.").arg(elected.join(QStringLiteral("; ")));
        if (election.appointedByHigherCommittee)
            text += QStringLiteral(" Cấp ủy cấp trên chỉ định Bí thư.");
        item(text);
    }
    if (record.elections.isEmpty())
        item(QStringLiteral("Đại hội tiến hành bầu cử: %1").arg(dots));
    if (!record.members.isEmpty())
        item(QStringLiteral("%1 nhiệm kỳ %2 ra mắt Đại hội.")
                 .arg(record.election(ElectionOffice::Committee)
                          ? QStringLiteral("Chi ủy")
                          : QStringLiteral("Bí thư, Phó Bí thư chi bộ"),
                      term));
    item(QStringLiteral("Đại hội biểu quyết thông qua Nghị quyết Đại hội, %1.")
             .arg(ResolutionDocument::approvalRate(congress)));
    item(QStringLiteral("Đại hội bế mạc vào hồi %1 %2.")
             .arg(clock(congress.closingTime),
                  oneDay ? QStringLiteral("cùng ngày") : DocumentText::longDate(congress.heldTo)));

    document.writeParagraph(
        QStringLiteral("Biên bản đã được đọc trước Đại hội và được Đại hội nhất trí thông qua."));
    // The presiding member and the secretary sign, each named under the space to sign.
    const QString chair = congress.presidium.isEmpty() ? QString() : congress.presidium.first().trimmed();
    const QString secretary =
        congress.secretaries.isEmpty() ? QString() : congress.secretaries.first().trimmed();
    document.writeSignatureRow({QStringLiteral("T/M ĐOÀN CHỦ TỊCH"), QStringLiteral("THƯ KÝ ĐẠI HỘI")},
                               {chair, secretary});
}

} // namespace daihoi
