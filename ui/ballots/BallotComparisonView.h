#pragma once

#include "storage/BallotCounting.h"

#include <QTextBrowser>

namespace daihoi {

struct CountedRound;

// Every batch with its state (agreed, entries differ, waiting for a second entry) and who
// entered it, and under each disputed batch every difference between its entries, written out in
// full and wrapped to the width (a difference is a sentence the operators read aloud to find the paper).
class BallotComparisonView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit BallotComparisonView(QWidget *parent = nullptr);

    void showCount(const BallotCounting &counting, const CountedRound &count, const QStringList &candidates);
};

} // namespace daihoi
