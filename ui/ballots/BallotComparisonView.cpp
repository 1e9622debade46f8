#include "BallotComparisonView.h"

#include "domain/elections/ballots/CountedRound.h"

namespace daihoi {

BallotComparisonView::BallotComparisonView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFocusPolicy(Qt::NoFocus);
}

void BallotComparisonView::showCount(const BallotCounting &counting, const CountedRound &count,
                                     const QStringList &candidates)
{
    const BallotComparison &comparison = count.comparison;
    QString html;
    for (auto it = counting.batches.cbegin(); it != counting.batches.cend(); ++it) {
        const int batch = it.key();
        QStringList who;
        for (const BallotPass &pass : it.value())
            who << tr("entry %1 by %2").arg(pass.pass).arg(pass.operatorName);
        who.sort();
        QString state;
        QString colour;
        if (comparison.agreed.contains(batch)) {
            state = tr("agreed");
            colour = QStringLiteral("#1d6b2a");
        } else if (comparison.disputed.contains(batch)) {
            state = tr("entries differ");
            colour = QStringLiteral("#b02a1a");
        } else {
            state = tr("waiting for a second entry");
            colour = QStringLiteral("#a05a00");
        }
        html += QStringLiteral("<p style=\"margin-bottom:2px\"><b style=\"color:%1\">%2</b><br>"
                               "<span style=\"color:#606060\">%3</span></p>")
                    .arg(colour, tr("Batch %1: %2").arg(batch).arg(state).toHtmlEscaped(),
                         tr("Keyed as %1.").arg(who.join(QStringLiteral("; "))).toHtmlEscaped());
        QStringList differences;
        for (const BallotMismatch &mismatch : comparison.mismatches) {
            if (mismatch.batch == batch)
                differences << QStringLiteral("<li>") + mismatch.describe(candidates).toHtmlEscaped()
                                   + QStringLiteral("</li>");
        }
        if (!differences.isEmpty())
            html += QStringLiteral("<ul style=\"margin-top:0px\">") + differences.join(QString())
                    + QStringLiteral("</ul>");
    }
    if (html.isEmpty())
        html = QStringLiteral("<p>") + tr("No batch entered yet.").toHtmlEscaped() + QStringLiteral("</p>");
    setHtml(html);
}

} // namespace daihoi
