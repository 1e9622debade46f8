#include "BallotMismatch.h"

#include "domain/elections/ballots/BallotInvalidReason.h"
#include "domain/elections/ballots/BallotMarks.h"

namespace daihoi {

namespace {

// What one entry says of a whole ballot, in words.
QString wholeBallot(const QString &says, const QStringList &candidates)
{
    if (says.isNull())
        return BallotMismatch::tr("does not have this ballot");
    EnteredBallot ballot;
    BallotInvalidReason reason = BallotInvalidReason::None;
    if (BallotReasons::fromKey(says, &reason))
        ballot.declaredInvalid = reason;
    else
        ballot.marks = says;
    return BallotMarks::describe(ballot, candidates);
}

} // namespace

QString BallotMismatch::describe(const QStringList &candidates) const
{
    QStringList parts;
    for (int i = 0; i < says.size(); ++i) {
        const int entry = i < passes.size() ? passes.at(i) : i + 1;
        QString what;
        if (candidate < 0)
            what = wholeBallot(says.at(i), candidates);
        else if (says.at(i).isNull())
            what = tr("does not have this ballot");
        else
            what = BallotMarks::name(says.at(i).at(0));
        // The first entry names the candidate; the others only say what they read.
        if (i == 0 && candidate >= 0 && candidate < candidates.size() && !says.at(i).isNull())
            parts << tr("entry %1 %2 %3").arg(QString::number(entry), what, candidates.at(candidate));
        else
            parts << tr("entry %1 %2").arg(QString::number(entry), what);
    }
    return tr("Batch %1, ballot %2: %3.").arg(QString::number(batch), QString::number(number),
                                              parts.join(QStringLiteral(", ")));
}

} // namespace daihoi
