#include "BallotLogText.h"

#include "DocumentText.h"
#include "domain/elections/ballots/BallotMarks.h"

namespace daihoi {

namespace {

QString names(const QStringList &candidates, const QList<int> &indexes)
{
    QStringList list;
    for (int index : indexes)
        list.append(candidates.value(index));
    return list.join(QStringLiteral(", "));
}

} // namespace

QString BallotLogText::reason(BallotInvalidReason reason)
{
    switch (reason) {
    case BallotInvalidReason::TooManyKept:
        return QStringLiteral("phiếu bầu nhiều hơn số lượng cần bầu");
    case BallotInvalidReason::NoneKept:
        return QStringLiteral("phiếu gạch tên tất cả");
    case BallotInvalidReason::NotIssued:
        return QStringLiteral("phiếu không do Ban kiểm phiếu phát ra");
    case BallotInvalidReason::Marked:
        return QStringLiteral("phiếu có đánh dấu hoặc ký tên");
    case BallotInvalidReason::Other:
        return QStringLiteral("lý do khác Ban kiểm phiếu xác định (ghi thêm tên, nhiều màu mực…)");
    case BallotInvalidReason::None:
        break;
    }
    return {};
}

QString BallotLogText::marks(const EnteredBallot &ballot, const QStringList &candidates, bool surplus)
{
    if (ballot.isDeclaredInvalid())
        return QStringLiteral("Ban kiểm phiếu xác định: %1").arg(reason(ballot.declaredInvalid));
    const QString &marks = ballot.marks;
    if (surplus) {
        QList<int> kept;
        QList<int> struck;
        for (int i = 0; i < marks.size(); ++i)
            (marks.at(i) == QChar(BallotMarks::kept) ? kept : struck).append(i);
        if (struck.isEmpty())
            return QStringLiteral("Giữ cả %1 tên").arg(kept.size());
        if (kept.isEmpty())
            return QStringLiteral("Gạch cả %1 tên").arg(struck.size());
        // The shorter list by name, the rest by count: a row stays one or two lines with 15 names.
        if (struck.size() <= kept.size())
            return QStringLiteral("Gạch %1 tên: %2; giữ %3 tên còn lại")
                .arg(struck.size())
                .arg(names(candidates, struck))
                .arg(kept.size());
        return QStringLiteral("Giữ %1 tên: %2; gạch %3 tên còn lại")
            .arg(kept.size())
            .arg(names(candidates, kept))
            .arg(struck.size());
    }
    const struct
    {
        char16_t letter;
        const char16_t *label;
    } groups[] = {{BallotMarks::agree, u"Đồng ý"},
                  {BallotMarks::disagree, u"không đồng ý"},
                  {BallotMarks::both, u"đánh cả hai ô"},
                  {BallotMarks::neither, u"không đánh ô nào"}};
    QStringList parts;
    for (const auto &group : groups) {
        QList<int> indexes;
        for (int i = 0; i < marks.size(); ++i) {
            if (marks.at(i) == QChar(group.letter))
                indexes.append(i);
        }
        if (!indexes.isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(QString::fromUtf16(group.label), names(candidates, indexes)));
    }
    QString text = parts.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString BallotLogText::mark(QChar mark)
{
    switch (mark.unicode()) {
    case BallotMarks::kept:
        return QStringLiteral("giữ");
    case BallotMarks::struck:
        return QStringLiteral("gạch");
    case BallotMarks::agree:
        return QStringLiteral("đồng ý");
    case BallotMarks::disagree:
        return QStringLiteral("không đồng ý");
    case BallotMarks::both:
        return QStringLiteral("đánh cả hai ô");
    case BallotMarks::neither:
        return QStringLiteral("không đánh ô nào");
    default:
        break;
    }
    return QString(mark);
}

QString BallotLogText::mismatch(const BallotMismatch &mismatch, const QStringList &candidates, bool surplus)
{
    QStringList parts;
    for (int i = 0; i < mismatch.says.size(); ++i) {
        const QString &says = mismatch.says.at(i);
        const QString entry = QStringLiteral("lần %1").arg(i < mismatch.passes.size() ? mismatch.passes.at(i) : i + 1);
        if (says.isNull()) {
            parts.append(QStringLiteral("%1 không có phiếu này").arg(entry));
        } else if (mismatch.candidate >= 0) {
            // The first entry names the candidate; the others only say what they read.
            const QString name = parts.isEmpty() ? QLatin1Char(' ') + candidates.value(mismatch.candidate) : QString();
            parts.append(QStringLiteral("%1 %2%3").arg(entry, says.isEmpty() ? QString() : mark(says.at(0)), name));
        } else {
            EnteredBallot ballot;
            BallotInvalidReason reason = BallotInvalidReason::None;
            if (BallotReasons::fromKey(says, &reason))
                ballot.declaredInvalid = reason;
            else
                ballot.marks = says;
            QString text = marks(ballot, candidates, surplus);
            if (!text.isEmpty() && !ballot.isDeclaredInvalid())
                text[0] = text.at(0).toLower();
            parts.append(QStringLiteral("%1 ghi \u201C%2\u201D").arg(entry, text));
        }
    }
    return QStringLiteral("Tập %1, phiếu %2: %3.")
        .arg(mismatch.batch)
        .arg(mismatch.number)
        .arg(parts.join(QStringLiteral(", ")));
}

QString BallotLogText::validity(const EnteredBallot &ballot, BallotInvalidReason judged)
{
    if (judged == BallotInvalidReason::None)
        return QStringLiteral("Hợp lệ");
    if (ballot.isDeclaredInvalid())
        return QStringLiteral("Không hợp lệ");
    return QStringLiteral("Không hợp lệ: %1").arg(reason(judged));
}

QString BallotLogText::clock(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toLocalTime().time().toString(QStringLiteral("H:mm:ss"));
}

QString BallotLogText::span(const QDateTime &first, const QDateTime &last)
{
    if (!first.isValid() || !last.isValid())
        return QString();
    const QDate firstDay = first.toLocalTime().date();
    const QDate lastDay = last.toLocalTime().date();
    if (firstDay == lastDay)
        return QStringLiteral("từ %1 đến %2 ngày %3").arg(clock(first), clock(last), DocumentText::shortDate(firstDay));
    return QStringLiteral("từ %1 ngày %2 đến %3 ngày %4")
        .arg(clock(first), DocumentText::shortDate(firstDay), clock(last), DocumentText::shortDate(lastDay));
}

QString BallotLogText::correctionSide(const EnteredBallot &ballot, const QStringList &candidates, bool surplus)
{
    // A side without marks is the ballot of an entry removed as a whole (BallotRepository::removeEntry).
    if (!ballot.isDeclaredInvalid() && ballot.marks.isEmpty())
        return QStringLiteral("(xóa cả lần nhập)");
    return marks(ballot, candidates, surplus);
}

} // namespace daihoi
