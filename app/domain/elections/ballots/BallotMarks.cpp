#include "BallotMarks.h"

namespace daihoi {

QString BallotMarks::letters(bool surplus)
{
    return surplus ? QStringLiteral("KS") : QStringLiteral("NADB");
}

QString BallotMarks::clean(int candidates, bool surplus)
{
    // A ballot as handed out: with a surplus every name stands until struck; without one no box is marked.
    return QString(qMax(candidates, 0), QChar(surplus ? kept : neither));
}

QChar BallotMarks::toggled(QChar mark, bool surplus)
{
    const QString cycle = letters(surplus);
    const int at = int(cycle.indexOf(mark));
    return cycle.at(at < 0 ? 0 : (at + 1) % cycle.size());
}

QString BallotMarks::error(const QString &marks, int candidates, bool surplus)
{
    if (marks.size() != candidates)
        return tr("the marks have %1 letters, but the list has %2 candidates").arg(marks.size()).arg(candidates);
    const QString allowed = letters(surplus);
    for (int i = 0; i < marks.size(); ++i) {
        if (allowed.contains(marks.at(i)))
            continue;
        return surplus ? tr("letter %1 is \"%2\": a list with a surplus takes K (kept) or S (struck)")
                             .arg(i + 1)
                             .arg(marks.at(i))
                       : tr("letter %1 is \"%2\": a list without a surplus takes A (agree), D (disagree), B (both "
                            "boxes) or N (neither box)")
                             .arg(i + 1)
                             .arg(marks.at(i));
    }
    return QString();
}

BallotInvalidReason BallotMarks::judge(const EnteredBallot &ballot, int seats, bool surplus)
{
    if (ballot.isDeclaredInvalid())
        return ballot.declaredInvalid;
    const int kept = int(std::count_if(ballot.marks.begin(), ballot.marks.end(), votesFor));
    if (kept > seats)
        return BallotInvalidReason::TooManyKept;
    // Without a surplus a ballot that agrees to nobody is still valid: each "no" is a vote cast.
    if (surplus && kept == 0)
        return BallotInvalidReason::NoneKept;
    return BallotInvalidReason::None;
}

QString BallotMarks::name(QChar mark)
{
    switch (mark.unicode()) {
    case kept:
        return tr("kept");
    case struck:
        return tr("struck");
    case agree:
        return tr("agree");
    case disagree:
        return tr("disagree");
    case both:
        return tr("both boxes marked");
    case neither:
        return tr("neither box marked");
    default:
        break;
    }
    return QString(mark);
}

QString BallotMarks::describe(const EnteredBallot &ballot, const QStringList &candidates)
{
    if (ballot.isDeclaredInvalid())
        return tr("invalid (%1)").arg(BallotReasons::name(ballot.declaredInvalid));
    const bool surplus = ballot.marks.contains(QChar(kept)) || ballot.marks.contains(QChar(struck));
    QStringList parts;
    for (int i = 0; i < ballot.marks.size(); ++i) {
        const QString candidate = i < candidates.size() ? candidates.at(i) : tr("name %1").arg(i + 1);
        if (surplus) {
            if (ballot.marks.at(i) == QChar(kept))
                parts << candidate;
        } else {
            parts << tr("%1 %2").arg(candidate, name(ballot.marks.at(i)));
        }
    }
    if (!surplus)
        return parts.join(QStringLiteral(", "));
    return parts.isEmpty() ? tr("every name struck") : tr("keeps %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace daihoi
