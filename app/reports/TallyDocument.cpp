#include "TallyDocument.h"

#include "DocumentText.h"
#include "PartyDocument.h"

#include <QTextTable>

namespace daihoi {

namespace {

QString exclusionLabel(BaseExclusions::Category category)
{
    switch (category) {
    case BaseExclusions::Category::AbsentWithReason:
        return QStringLiteral("vắng mặt suốt thời gian đại hội có lý do được chấp nhận");
    case BaseExclusions::Category::ExcusedAbsent:
        return QStringLiteral("được miễn sinh hoạt và không dự đại hội");
    case BaseExclusions::Category::Suspended:
        return QStringLiteral("đang bị đình chỉ sinh hoạt, bị khởi tố, truy tố, tạm giam");
    case BaseExclusions::Category::Temporary:
        return QStringLiteral("sinh hoạt tạm thời ở đảng bộ, chi bộ khác");
    case BaseExclusions::Category::AbsentWithoutAlternate:
        return QStringLiteral("vắng mặt không có người dự khuyết thay thế");
    }
    return {};
}

} // namespace

void TallyDocument::write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header)
{
    bool first = true;
    for (const Election &election : record.elections) {
        const QList<RoundResult> results = election.tally(record.congress);
        for (int i = 0; i < results.size(); ++i) {
            if (!first)
                document.breakPage();
            first = false;
            writeRound(document, record, header, election, i, results.at(i));
        }
    }
}

void TallyDocument::writeRound(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header,
                               const Election &election, int roundIndex, const RoundResult &result)
{
    const ElectionRound &round = election.rounds.at(roundIndex);
    const bool delegates = record.congress.kind == CongressKind::Delegates;
    const QString voters = delegates ? QStringLiteral("đại biểu chính thức") : QStringLiteral("đảng viên chính thức");
    const QString roundText = QStringLiteral("lần bầu thứ %1").arg(round.number);

    document.writeHeader(header, !header.number.trimmed().isEmpty());
    QString subject = QStringLiteral("Bầu %1 nhiệm kỳ %2").arg(DocumentText::electedBody(record.unit.name, election.office), DocumentText::term(record.term));
    if (election.rounds.size() > 1)
        subject += QStringLiteral(" (%1)").arg(roundText);
    document.writeTitle(QStringLiteral("Biên bản kiểm phiếu"), subject);

    QString opening = QStringLiteral("Hôm nay, %1").arg(DocumentText::longDate(record.date()));
    if (!record.congress.place.trimmed().isEmpty())
        opening += QStringLiteral(", tại %1").arg(record.congress.place.trimmed());
    opening += QStringLiteral(", Ban kiểm phiếu %1 đã tiến hành kiểm phiếu bầu %2 (%3).")
                   .arg(record.congressTitle(), DocumentText::officeInText(election.office), roundText);
    document.writeParagraph(opening);

    document.writeHeading(QStringLiteral("1. Ban kiểm phiếu gồm các đồng chí:"));
    // The board as the congress elected it; dotted lines to fill by hand only when none was recorded.
    QStringList board;
    if (!record.congress.countingBoardHead.isEmpty())
        board.append(QStringLiteral("- Đồng chí %1, Trưởng ban").arg(record.congress.countingBoardHead));
    for (const QString &member : record.congress.countingBoardMembers)
        board.append(QStringLiteral("- Đồng chí %1, Ủy viên").arg(member));
    if (board.isEmpty())
        board = {QStringLiteral("- Đồng chí ……………………………………………, Trưởng ban"),
                 QStringLiteral("- Đồng chí ……………………………………………, Ủy viên"),
                 QStringLiteral("- Đồng chí ……………………………………………, Ủy viên")};
    for (int i = 0; i < board.size(); ++i)
        document.writeParagraph(board.at(i) + (i + 1 < board.size() ? QStringLiteral(";") : QStringLiteral(".")));

    document.writeHeading(QStringLiteral("2. Số lượng cần bầu và danh sách bầu cử"));
    document.writeLabelled(QStringLiteral("Số lượng cần bầu: "), QStringLiteral("%1 đồng chí.").arg(round.seats));
    QStringList names;
    for (const CandidateVotes &candidate : round.candidates)
        names.append(candidate.name);
    names = DocumentText::byGivenName(names);
    document.writeParagraph(QStringLiteral("Danh sách bầu cử gồm %1 đồng chí (xếp theo vần A, B, C):").arg(names.size()));
    for (int i = 0; i < names.size(); ++i)
        document.writeParagraph(QStringLiteral("%1. Đồng chí %2").arg(i + 1).arg(names.at(i)));

    document.writeHeading(QStringLiteral("3. Số %1 và cơ sở tính tỷ lệ bầu cử").arg(voters));
    const Congress &congress = record.congress;
    if (!delegates && congress.officialMembers > 0)
        document.writeLabelled(QStringLiteral("Tổng số đảng viên chính thức của chi bộ: "),
                               QStringLiteral("%1 đồng chí.").arg(congress.officialMembers));
    document.writeParagraph(QStringLiteral("Số %1 được triệu tập: %2; có mặt: %3; vắng mặt: %4.")
                                .arg(voters)
                               .arg(congress.summoned)
                               .arg(congress.present)
                               .arg(qMax(0, congress.summoned - congress.present)));
    QStringList excluded;
    for (BaseExclusions::Category category : BaseExclusions::categories()) {
        const int count = congress.exclusions.count(category);
        if (count > 0 && BaseExclusions::appliesTo(category, congress.kind))
            excluded.append(QStringLiteral("%1 đồng chí %2").arg(count).arg(exclusionLabel(category)));
    }
    if (!excluded.isEmpty())
        document.writeParagraph(QStringLiteral("Không tính vào cơ sở: %1.").arg(excluded.join(QStringLiteral("; "))));
    if (result.hasBase())
        document.writeParagraph(QStringLiteral("Số %1 làm cơ sở tính tỷ lệ: %2 đồng chí; người trúng cử phải được "
                                               "quá một nửa, tức ít nhất %3 phiếu.")
                                    .arg(voters)
                                   .arg(result.base)
                                   .arg(result.threshold));

    document.writeHeading(QStringLiteral("4. Kết quả kiểm phiếu"));
    document.writeLabelled(QStringLiteral("Số phiếu phát ra: "), QString::number(round.ballots.issued));
    document.writeLabelled(QStringLiteral("Số phiếu thu vào: "), QString::number(round.ballots.collected));
    document.writeLabelled(QStringLiteral("Số phiếu hợp lệ: "), QString::number(round.ballots.valid));
    document.writeLabelled(QStringLiteral("Số phiếu không hợp lệ: "), QString::number(round.ballots.invalid));
    document.writeParagraph(QStringLiteral("Số phiếu bầu cho từng đồng chí trong danh sách:"));

    QTextTable *table = document.writeTable({{QStringLiteral("STT"), 9, Qt::AlignHCenter},
                                             {QStringLiteral("Họ và tên"), 47, Qt::AlignLeft},
                                             {QStringLiteral("Số phiếu bầu"), 18, Qt::AlignHCenter},
                                             {QStringLiteral("Tỷ lệ % so với cơ sở"), 26, Qt::AlignHCenter}},
                                            int(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        for (const CandidateResult &candidate : result.candidates) {
            if (candidate.name != names.at(i))
                continue;
            document.setCell(table, i + 1, 0, QString::number(i + 1));
            document.setCell(table, i + 1, 1, candidate.name);
            document.setCell(table, i + 1, 2, QString::number(candidate.votes));
            document.setCell(table, i + 1, 3,
                             result.hasBase() ? DocumentText::percentNumber(candidate.percentHundredths)
                                              : QStringLiteral("—"));
            break;
        }
    }

    document.writeHeading(QStringLiteral("5. Kết quả bầu cử"));
    if (result.isRefused()) {
        document.writeParagraph(QStringLiteral("Số liệu kiểm phiếu của lần bầu này không thống nhất; "
                                               "kết quả lần bầu chưa được công nhận."));
    } else if (result.elected.isEmpty()) {
        document.writeParagraph(QStringLiteral("Không có đồng chí nào trúng cử ở lần bầu này."));
    } else {
        document.writeParagraph(QStringLiteral("Căn cứ Quy chế bầu cử trong Đảng, các đồng chí có số phiếu bầu quá một nửa "
                                               "so với tổng số %1 làm cơ sở, xếp theo số phiếu từ cao xuống thấp, "
                                               "trúng cử gồm:")
                                    .arg(voters));
        for (int i = 0; i < result.elected.size(); ++i) {
            for (const CandidateResult &candidate : result.candidates) {
                if (candidate.name == result.elected.at(i)) {
                    document.writeParagraph(QStringLiteral("%1. Đồng chí %2: %3 phiếu, đạt %4.")
                                                .arg(i + 1)
                                                .arg(candidate.name)
                                                .arg(candidate.votes)
                                                .arg(DocumentText::percent(candidate.percentHundredths)));
                    break;
                }
            }
        }
    }
    if (!result.isRefused() && !result.tied.isEmpty()) {
        int tiedVotes = 0;
        for (const CandidateResult &candidate : result.candidates) {
            if (candidate.status == CandidateResult::Status::Tie)
                tiedVotes = candidate.votes;
        }
        document.writeParagraph(QStringLiteral("Các đồng chí %1 cùng được %2 phiếu, quá một nửa nhưng nhiều hơn số lượng "
                                               "còn lại: không đồng chí nào trong số này trúng cử ở lần bầu này; "
                                               "Đại hội bầu tiếp trong số các đồng chí đó.")
                                    .arg(DocumentText::joinAnd(result.tied))
                                    .arg(tiedVotes));
    }
    if (!result.isRefused() && result.shortfall > 0)
        document.writeParagraph(QStringLiteral("Số lượng chưa bầu đủ: %1/%2. Đại hội có thể bầu tiếp lần sau "
                                               "hoặc dừng lại, để khuyết số còn thiếu.")
                                    .arg(result.shortfall)
                                    .arg(result.seats));
    const bool lastRound = roundIndex == election.rounds.size() - 1;
    if (lastRound && election.appointedByHigherCommittee)
        document.writeParagraph(QStringLiteral("Sau các lần bầu không bầu được, cấp ủy cấp trên chỉ định Bí thư."));

    // The minutes are finished and read out before the congress closes: its closing time is not theirs.
    document.writeParagraph(QStringLiteral("Biên bản lập xong lúc …… giờ …… phút cùng ngày, đã đọc trước Đại hội."));
    document.writeSignatureRow({QStringLiteral("CÁC THÀNH VIÊN"), QStringLiteral("T/M BAN KIỂM PHIẾU\nTRƯỞNG BAN")},
                               // each member signs above his or her name: three lines apart
                               {record.congress.countingBoardMembers.join(QStringLiteral("\n\n\n\n")),
                                record.congress.countingBoardHead});
}

} // namespace daihoi
