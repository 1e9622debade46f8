#include "RoundOutcomeText.h"

namespace daihoi {

QStringList RoundOutcomeText::lines(const Election &election, const QList<RoundResult> &results, int round,
                                    const QStringList &pending)
{
    QStringList lines;
    const RoundResult &result = results.at(round);
    if (!result.elected.isEmpty())
        lines.append(
            tr("Elected in this round: %1.").arg(result.elected.join(QStringLiteral(", "))).toHtmlEscaped());
    else
        lines.append(tr("Nobody is elected in this round.").toHtmlEscaped());
    if (election.office == ElectionOffice::Delegates && election.alternateSeats > 0) {
        lines.append(tr("Official delegates so far: %1.")
                         .arg(election.officialDelegates(results).join(QStringLiteral(", ")))
                         .toHtmlEscaped());
        lines.append(tr("Alternates so far: %1.")
                         .arg(election.alternateDelegates(results).join(QStringLiteral(", ")))
                         .toHtmlEscaped());
    }
    for (const QString &note : result.notes())
        lines.append(QStringLiteral("<span style='color:#a05a00'>%1</span>").arg(note.toHtmlEscaped()));
    if (!pending.isEmpty())
        lines.append(
            QStringLiteral("<span style='color:#a05a00'><b>%1</b> %2</span>")
                .arg(tr("Please confirm:").toHtmlEscaped(), pending.join(QLatin1Char(' ')).toHtmlEscaped()));
    const int left = election.seatsLeft(results);
    const QString rounds = QString::number(results.size());
    lines.append(left > 0 ? tr("After %1 round(s): %2 of %3 seats still open.")
                                .arg(rounds)
                                .arg(left)
                                .arg(election.totalSeats)
                                .toHtmlEscaped()
                          : tr("After %1 round(s): all %2 seats are filled.")
                                .arg(rounds)
                                .arg(election.totalSeats)
                                .toHtmlEscaped());
    return lines;
}

} // namespace daihoi
