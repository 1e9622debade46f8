#include "BallotComparisonView.h"

#include "domain/elections/ballots/CountedRound.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>

namespace daihoi {

BallotComparisonView::BallotComparisonView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(1);
    setHeaderLabels({tr("Batches compared")});
    header()->setStretchLastSection(true);
    setWordWrap(true);
    setUniformRowHeights(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
}

void BallotComparisonView::showCount(const BallotCounting &counting, const CountedRound &count,
                                     const QStringList &candidates)
{
    clear();
    const BallotComparison &comparison = count.comparison;
    for (auto it = counting.batches.cbegin(); it != counting.batches.cend(); ++it) {
        const int batch = it.key();
        QStringList who;
        for (const BallotPass &pass : it.value())
            who << tr("entry %1 by %2").arg(pass.pass).arg(pass.operatorName);
        QString state;
        QColor colour;
        if (comparison.agreed.contains(batch)) {
            state = tr("agreed");
            colour = QColor(0x1d, 0x6b, 0x2a);
        } else if (comparison.disputed.contains(batch)) {
            state = tr("entries differ");
            colour = QColor(0xb0, 0x2a, 0x1a);
        } else {
            state = tr("waiting for a second entry");
            colour = QColor(0xa0, 0x5a, 0x00);
        }
        auto *item = new QTreeWidgetItem(this, {tr("Batch %1: %2 (%3)").arg(batch).arg(state, who.join(QStringLiteral("; ")))});
        item->setForeground(0, QBrush(colour));
        for (const BallotMismatch &mismatch : comparison.mismatches) {
            if (mismatch.batch == batch)
                new QTreeWidgetItem(item, {mismatch.describe(candidates)});
        }
        item->setExpanded(true);
    }
    if (topLevelItemCount() == 0)
        new QTreeWidgetItem(this, {tr("No batch entered yet.")});
}

} // namespace daihoi
