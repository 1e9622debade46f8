#pragma once

#include "domain/elections/ballots/EnteredBallot.h"

#include <QCoreApplication>
#include <QString>

namespace daihoi {

// The letters of a ballot's marks, one per candidate in ballot order:
// a list with a surplus (more candidates than seats): K kept, S struck (gạch tên);
// a list without one: A đồng ý, D không đồng ý, B both boxes, N neither box.
class BallotMarks
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::BallotMarks)
public:
    static constexpr char16_t kept = u'K';
    static constexpr char16_t struck = u'S';
    static constexpr char16_t agree = u'A';
    static constexpr char16_t disagree = u'D';
    static constexpr char16_t both = u'B';
    static constexpr char16_t neither = u'N';

    static bool hasSurplus(int candidates, int seats) { return candidates > seats; }
    // The letters a list allows, in the order a key press cycles through them.
    static QString letters(bool surplus);
    // The marks of a clean ballot: every name kept (surplus) or every box empty (no surplus).
    static QString clean(int candidates, bool surplus);
    // The next letter after `mark` when the operator toggles a name.
    static QChar toggled(QChar mark, bool surplus);
    // Whether the mark gives the candidate a vote on a valid ballot: K or A.
    static bool votesFor(QChar mark) { return mark == QChar(kept) || mark == QChar(agree); }
    // What is wrong with marks for this list, or empty: wrong length, a letter that does not fit.
    static QString error(const QString &marks, int candidates, bool surplus);
    // The ballot's validity by the rules: the board's declared reason first, then more names
    // kept than seats, then (with a surplus) no name kept. None when it is valid.
    static BallotInvalidReason judge(const EnteredBallot &ballot, int seats, bool surplus);
    // One mark in words: "giữ", "gạch", "đồng ý", "không đồng ý", "đánh cả hai ô", "không đánh ô nào".
    static QString name(QChar mark);
    // A whole ballot in words, for a difference between entries: its reason or its kept names.
    static QString describe(const EnteredBallot &ballot, const QStringList &candidates);
};

} // namespace daihoi
