#include "BallotLogDocument.h"

#include "BallotLogText.h"
#include "DocumentText.h"
#include "PartyDocument.h"
#include "domain/elections/ballots/BallotMarks.h"

#include <QTextTable>

#include <algorithm>

namespace daihoi {

namespace {

bool surplusOf(const BallotLogDocument::Round &round)
{
    return BallotMarks::hasSurplus(int(round.candidates.size()), round.seats);
}

// The entries of a batch by pass number, each one's ballots by number.
QList<BallotPass> sortedPasses(QList<BallotPass> passes)
{
    std::stable_sort(passes.begin(), passes.end(),
                     [](const BallotPass &a, const BallotPass &b) { return a.pass < b.pass; });
    for (BallotPass &pass : passes) {
        std::stable_sort(pass.ballots.begin(), pass.ballots.end(),
                         [](const EnteredBallot &a, const EnteredBallot &b) { return a.number < b.number; });
    }
    return passes;
}

// "Tập 3, phiếu 17, lần nhập 2" for a correction, whichever side names the ballot.
QString correctedBallot(int batch, const BallotCorrection &correction)
{
    const int number = correction.after.number > 0 ? correction.after.number : correction.before.number;
    return QStringLiteral("Tập %1, phiếu %2, lần nhập %3").arg(batch).arg(number).arg(correction.pass);
}

} // namespace

BallotLogDocument::Round BallotLogDocument::round(const CongressRecord &record, const Election &election, int number,
                                                  const BallotCounting &counting)
{
    Round round;
    round.office = election.office;
    round.number = number;
    round.counting = counting;
    for (int i = 0; i < election.rounds.size(); ++i) {
        const ElectionRound &stored = election.rounds.at(i);
        if (stored.number != number)
            continue;
        for (const CandidateVotes &candidate : stored.candidates)
            round.candidates.append(candidate.name);
        round.seats = stored.seats;
        round.count = CountedRound::ofBatches(election.input(record.congress, i), counting.batches);
    }
    return round;
}

void BallotLogDocument::write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header,
                              const QList<Round> &rounds)
{
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        if (i > 0)
            document.breakPage();
        write(document, record, header, rounds.at(i));
    }
}

void BallotLogDocument::write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header,
                              const Round &round)
{
    const QString roundText = QStringLiteral("lần bầu thứ %1").arg(round.number);
    document.writeHeader(header, !header.number.trimmed().isEmpty());
    document.writeTitle(QStringLiteral("Nhật ký nhập phiếu bầu"),
                        QStringLiteral("Bầu %1 nhiệm kỳ %2, %3")
                            .arg(DocumentText::electedBody(record.unit.name, round.office), DocumentText::term(record.term), roundText));

    document.writeParagraph(QStringLiteral("Ban kiểm phiếu %1 kiểm phiếu bầu %2 (%3) bằng máy tính, %4. Mỗi tập phiếu "
                                           "được nhập ít nhất hai lần, do những người nhập khác nhau; một tập chỉ được "
                                           "tính vào kết quả khi các lần nhập giống nhau từng phiếu.")
                                .arg(record.congressTitle(), DocumentText::officeInText(round.office), roundText,
                                     DocumentText::longDate(record.date())));
    document.writeLabelled(QStringLiteral("Số lượng cần bầu: "), QStringLiteral("%1 đồng chí.").arg(round.seats));
    document.writeLabelled(QStringLiteral("Số phiếu phát ra: "), QString::number(round.count.input.ballots.issued));
    document.writeLabelled(QStringLiteral("Số phiếu thu vào: "), QString::number(round.count.input.ballots.collected));
    document.writeParagraph(QStringLiteral("Danh sách bầu cử theo thứ tự in trên phiếu (%1 đồng chí):")
                                .arg(round.candidates.size()));
    for (int i = 0; i < round.candidates.size(); ++i)
        document.writeParagraph(QStringLiteral("%1. Đồng chí %2").arg(i + 1).arg(round.candidates.at(i)));

    document.writeHeading(QStringLiteral("1. Các tập phiếu và các lần nhập"));
    writeEntries(document, round);
    writeCorrections(document, round);
    writeTotals(document, round);
    writeSignatures(document, record, round);
}

QString BallotLogDocument::entryLine(int batch, const BallotPass &pass)
{
    QDateTime first;
    QDateTime last;
    for (const EnteredBallot &ballot : pass.ballots) {
        if (!ballot.enteredAt.isValid())
            continue;
        if (!first.isValid() || ballot.enteredAt < first)
            first = ballot.enteredAt;
        if (!last.isValid() || ballot.enteredAt > last)
            last = ballot.enteredAt;
    }
    QString entry = QStringLiteral("Tập %1, lần nhập %2: đồng chí %3 nhập %4 phiếu")
                        .arg(batch)
                        .arg(pass.pass)
                        .arg(pass.operatorName.trimmed().isEmpty() ? QStringLiteral("……………") : pass.operatorName)
                        .arg(pass.ballots.size());
    const QString span = BallotLogText::span(first, last);
    if (!span.isEmpty())
        entry += QStringLiteral(", ") + span;
    return entry + QLatin1Char('.');
}

QStringList BallotLogDocument::stateLines(const Round &round, int batch, int entries)
{
    const bool surplus = surplusOf(round);
    const BallotComparison &comparison = round.count.comparison;
    if (comparison.agreed.contains(batch))
        return {QStringLiteral("Tập %1 đã khớp: %2 lần nhập giống nhau từng phiếu; tập được tính vào kết quả.")
                    .arg(batch)
                    .arg(entries)};
    if (comparison.disputed.contains(batch)) {
        QStringList lines{
            QStringLiteral("Tập %1 có chênh lệch giữa các lần nhập, chưa được tính vào kết quả:").arg(batch)};
        for (const BallotMismatch &mismatch : comparison.mismatches) {
            if (mismatch.batch == batch)
                lines.append(QStringLiteral("- ") + BallotLogText::mismatch(mismatch, round.candidates, surplus));
        }
        return lines;
    }
    return {QStringLiteral("Tập %1 chờ nhập lần %2; chưa được tính vào kết quả.").arg(batch).arg(entries + 1)};
}

void BallotLogDocument::writeEntries(PartyDocument &document, const Round &round)
{
    // One table for every entry of every batch: an entry's line, its ballots, then the batch's state,
    // under a header repeated on each page. One table keeps a log of 1 500 rows quick to paginate.
    const bool surplus = surplusOf(round);
    QList<QPair<int, QList<BallotPass>>> batches;
    QList<QStringList> states;
    int rows = 0;
    for (auto it = round.counting.batches.cbegin(); it != round.counting.batches.cend(); ++it) {
        batches.append({it.key(), sortedPasses(it.value())});
        states.append(stateLines(round, it.key(), int(it.value().size())));
        for (const BallotPass &pass : it.value())
            rows += 1 + int(pass.ballots.size());
        rows += int(states.last().size());
    }
    if (rows == 0) {
        document.writeParagraph(QStringLiteral("Chưa có phiếu nào được nhập."));
        return;
    }
    QTextTable *table = document.writeTable({{QStringLiteral("Phiếu số"), 10, Qt::AlignHCenter},
                                             {QStringLiteral("Nội dung phiếu"), 48, Qt::AlignLeft},
                                             {QStringLiteral("Hợp lệ?"), 28, Qt::AlignLeft},
                                             {QStringLiteral("Giờ nhập"), 14, Qt::AlignHCenter}},
                                            rows, 11);
    int row = 1;
    // A line across the table, left-aligned whatever its first column's alignment.
    auto acrossTable = [&](const QString &text, bool bold) {
        table->mergeCells(row, 0, 1, table->columns());
        document.setCell(table, row, 0, text, bold);
        QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
        QTextBlockFormat left = cell.blockFormat();
        left.setAlignment(Qt::AlignLeft);
        cell.setBlockFormat(left);
        ++row;
    };
    for (qsizetype b = 0; b < batches.size(); ++b) {
        const int batch = batches.at(b).first;
        for (const BallotPass &pass : batches.at(b).second) {
            acrossTable(entryLine(batch, pass), true);
            for (const EnteredBallot &ballot : pass.ballots) {
                document.setCell(table, row, 0, QString::number(ballot.number));
                document.setCell(table, row, 1, BallotLogText::marks(ballot, round.candidates, surplus));
                document.setCell(table, row, 2,
                                 BallotLogText::validity(ballot, BallotMarks::judge(ballot, round.seats, surplus)));
                document.setCell(table, row, 3, BallotLogText::clock(ballot.enteredAt));
                ++row;
            }
        }
        const QStringList &state = states.at(b);
        for (qsizetype i = 0; i < state.size(); ++i)
            acrossTable(state.at(i), i == 0);
    }
}

void BallotLogDocument::writeCorrections(PartyDocument &document, const Round &round)
{
    const bool surplus = surplusOf(round);
    document.writeHeading(QStringLiteral("2. Các lần sửa phiếu"));
    QList<QPair<int, BallotCorrection>> corrections;
    for (auto it = round.counting.corrections.cbegin(); it != round.counting.corrections.cend(); ++it) {
        for (const BallotCorrection &correction : it.value())
            corrections.append({it.key(), correction});
    }
    std::stable_sort(corrections.begin(), corrections.end(), [](const auto &a, const auto &b) {
        return a.second.correctedAt < b.second.correctedAt;
    });
    if (corrections.isEmpty()) {
        document.writeParagraph(QStringLiteral("Không có phiếu nào được sửa sau khi nhập."));
        return;
    }
    document.writeParagraph(QStringLiteral("Các phiếu được mở lại và sửa sau khi nhập (%1 lần sửa), theo thứ tự thời gian:")
                                .arg(corrections.size()));
    QTextTable *table = document.writeTable({{QStringLiteral("Giờ sửa"), 13, Qt::AlignHCenter},
                                             {QStringLiteral("Người nhập"), 17, Qt::AlignLeft},
                                             {QStringLiteral("Phiếu"), 16, Qt::AlignLeft},
                                             {QStringLiteral("Trước khi sửa"), 27, Qt::AlignLeft},
                                             {QStringLiteral("Sau khi sửa"), 27, Qt::AlignLeft}},
                                            int(corrections.size()), 11);
    for (int row = 0; row < corrections.size(); ++row) {
        const BallotCorrection &correction = corrections.at(row).second;
        document.setCell(table, row + 1, 0, BallotLogText::clock(correction.correctedAt));
        document.setCell(table, row + 1, 1, correction.operatorName);
        document.setCell(table, row + 1, 2, correctedBallot(corrections.at(row).first, correction));
        document.setCell(table, row + 1, 3, BallotLogText::correctionSide(correction.before, round.candidates, surplus));
        document.setCell(table, row + 1, 4, BallotLogText::correctionSide(correction.after, round.candidates, surplus));
    }
}

void BallotLogDocument::writeTotals(PartyDocument &document, const Round &round)
{
    const CountedRound &count = round.count;
    const BallotComparison &comparison = count.comparison;
    document.writeHeading(QStringLiteral("3. Kết quả từ các tập đã khớp"));
    document.writeParagraph(QStringLiteral("Đã khớp %1/%2 tập, gồm %3 phiếu; đã nhập %4/%5 phiếu thu vào.")
                                .arg(comparison.agreed.size())
                                .arg(comparison.batchCount())
                                .arg(comparison.agreedBallots.size())
                                .arg(comparison.entered)
                                .arg(count.input.ballots.collected));
    document.writeLabelled(QStringLiteral("Số phiếu hợp lệ: "), QString::number(count.count.valid));
    document.writeLabelled(QStringLiteral("Số phiếu không hợp lệ: "), QString::number(count.count.invalid));
    QStringList reasons;
    for (BallotInvalidReason reason : BallotReasons::all()) {
        const int ballots = count.count.reasons.value(reason);
        if (ballots > 0)
            reasons.append(QStringLiteral("- %1: %2 phiếu").arg(BallotLogText::reason(reason)).arg(ballots));
    }
    for (int i = 0; i < reasons.size(); ++i)
        document.writeParagraph(reasons.at(i) + (i + 1 < reasons.size() ? QStringLiteral(";") : QStringLiteral(".")));

    document.writeParagraph(QStringLiteral("Số phiếu bầu cho từng đồng chí, theo thứ tự trên phiếu:"));
    QTextTable *table = document.writeTable({{QStringLiteral("STT"), 10, Qt::AlignHCenter},
                                             {QStringLiteral("Họ và tên"), 62, Qt::AlignLeft},
                                             {QStringLiteral("Số phiếu bầu"), 28, Qt::AlignHCenter}},
                                            int(round.candidates.size()));
    for (int i = 0; i < round.candidates.size(); ++i) {
        document.setCell(table, i + 1, 0, QString::number(i + 1));
        document.setCell(table, i + 1, 1, round.candidates.at(i));
        document.setCell(table, i + 1, 2, QString::number(count.count.votes.value(i)));
    }

    if (count.complete) {
        document.writeParagraph(QStringLiteral("Mọi tập đều đã khớp và số phiếu đã nhập bằng số phiếu thu vào (%1): "
                                               "kết quả trên là kết quả kiểm phiếu của lần bầu.")
                                    .arg(count.input.ballots.collected));
        return;
    }
    QStringList awaited;
    for (int batch : comparison.disputed)
        awaited.append(QStringLiteral("tập %1 có chênh lệch").arg(batch));
    for (int batch : comparison.waiting)
        awaited.append(QStringLiteral("tập %1 chờ nhập lần 2").arg(batch));
    QString note = QStringLiteral("Kết quả trên chưa đầy đủ");
    if (!awaited.isEmpty())
        note += QStringLiteral(": ") + awaited.join(QStringLiteral("; "));
    const int missing = count.input.ballots.collected - comparison.entered;
    if (missing != 0)
        note += (awaited.isEmpty() ? QStringLiteral(": ") : QStringLiteral("; "))
                + (missing > 0 ? QStringLiteral("mới nhập %1 phiếu, còn thiếu %2 phiếu so với %3 phiếu thu vào")
                                 : QStringLiteral("đã nhập %1 phiếu, nhiều hơn %2 phiếu so với %3 phiếu thu vào"))
                      .arg(comparison.entered)
                      .arg(qAbs(missing))
                      .arg(count.input.ballots.collected);
    document.writeParagraph(note + QLatin1Char('.'));
}

void BallotLogDocument::writeSignatures(PartyDocument &document, const CongressRecord &record, const Round &round)
{
    QStringList operators;
    for (const QList<BallotPass> &passes : round.counting.batches) {
        for (const BallotPass &pass : passes) {
            if (!pass.operatorName.trimmed().isEmpty() && !operators.contains(pass.operatorName.trimmed()))
                operators.append(pass.operatorName.trimmed());
        }
    }
    document.writeParagraph(QStringLiteral("Nhật ký này gồm mọi phiếu của mọi lần nhập và mọi lần sửa phiếu; được lưu "
                                           "cùng hồ sơ đại hội."));
    // The operators sign for what they entered, three to a row; then the board as on its minutes.
    for (qsizetype i = 0; i < operators.size(); i += 3) {
        const QStringList names = operators.mid(i, 3);
        QStringList captions;
        for (qsizetype n = 0; n < names.size(); ++n)
            captions.append(QStringLiteral("NGƯỜI NHẬP PHIẾU"));
        document.writeSignatureRow(captions, names);
        document.writeBlankLines(1);
    }
    document.writeSignatureRow({QStringLiteral("CÁC THÀNH VIÊN"), QStringLiteral("T/M BAN KIỂM PHIẾU\nTRƯỞNG BAN")},
                               {record.congress.countingBoardMembers.join(QStringLiteral("\n\n\n\n")),
                                record.congress.countingBoardHead});
}

} // namespace daihoi
