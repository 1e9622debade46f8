#include "BallotComparisonView.h"

#include "domain/elections/ballots/CountedRound.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>

namespace daihoi {

BallotComparisonView::BallotComparisonView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(1);
    setHeaderLabels({tr("Batches compared")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
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
        who.sort();
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
        auto *item = new QTreeWidgetItem(this, {tr("Batch %1: %2").arg(batch).arg(state)});
        item->setForeground(0, QBrush(colour));
        auto *entries = new QTreeWidgetItem(item, {tr("Keyed as %1.").arg(who.join(QStringLiteral("; ")))});
        entries->setForeground(0, QBrush(QColor(0x60, 0x60, 0x60)));
        entries->setToolTip(0, entries->text(0));
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
