#pragma once

#include "domain/elections/ballots/BallotCorrection.h"
#include "domain/elections/ballots/BallotInvalidReason.h"
#include "domain/elections/ballots/BallotMismatch.h"
#include "domain/elections/ballots/EnteredBallot.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace daihoi {

// The Vietnamese wording of the entry log (Nhật ký nhập phiếu bầu): ballots, reasons and times as
// the counting board writes them. A party document, so nothing here goes through tr().
class BallotLogText
{
public:
    // "phiếu gạch tên tất cả", "phiếu không do Ban kiểm phiếu phát ra" (Quy chế bầu cử trong Đảng).
    static QString reason(BallotInvalidReason reason);
    // What a ballot says, in words: with a surplus "Gạch 2 tên: A, B; giữ 13 tên còn lại"; without
    // one "Đồng ý: A; không đồng ý: B; cả hai ô: C"; a ballot the board declared invalid by its reason.
    static QString marks(const EnteredBallot &ballot, const QStringList &candidates, bool surplus);
    // One mark in words: "giữ", "gạch", "đồng ý", "không đồng ý", "đánh cả hai ô", "không đánh ô nào".
    static QString mark(QChar mark);
    // A difference between entries, as BallotMismatch::describe says it but always in Vietnamese:
    // "Tập 3, phiếu 17: lần 1 giữ Nguyễn Văn An, lần 2 gạch."
    static QString mismatch(const BallotMismatch &mismatch, const QStringList &candidates, bool surplus);
    // The "Hợp lệ?" cell: "Hợp lệ", or "Không hợp lệ: " and the rule's reason; for a ballot the board
    // declared invalid only "Không hợp lệ", its reason standing beside it in its marks' cell.
    static QString validity(const EnteredBallot &ballot, BallotInvalidReason judged);
    // "9:41:07": when a ballot was saved, on the clock of the room; "—" when unknown.
    static QString clock(const QDateTime &time);
    // "từ 9:40:05 đến 9:58:12 ngày 20/8/2022" for an entry's first and last ballot.
    static QString span(const QDateTime &first, const QDateTime &last);
    // A correction's ballot before or after it: its marks in words, or "(xóa cả lần nhập)" after a
    // whole entry was removed.
    static QString correctionSide(const EnteredBallot &ballot, const QStringList &candidates, bool surplus);
};

} // namespace daihoi
