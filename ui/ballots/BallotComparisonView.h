#pragma once

#include "storage/BallotCounting.h"

#include <QTreeWidget>

namespace daihoi {

struct CountedRound;

// Every batch with its state (agreed, entries differ, waiting for a second entry) and who
// entered it, and under each disputed batch every difference between its entries.
class BallotComparisonView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit BallotComparisonView(QWidget *parent = nullptr);

    void showCount(const BallotCounting &counting, const CountedRound &count, const QStringList &candidates);
};

} // namespace daihoi
