#pragma once

#include "domain/targets/Target.h"
#include "domain/targets/TargetResult.h"

#include <QCoreApplication>
#include <QList>

namespace daihoi {

// How the targets of a resolution (or of a committee's units) came out: "đạt và vượt 9/11 chỉ tiêu".
class TargetTally
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::TargetTally)
public:
    int exceeded = 0;
    int achieved = 0;
    int notAchieved = 0;
    int notReviewed = 0;

    static TargetTally of(const QList<Target> &targets);
    void add(TargetResult result, int count = 1);
    int total() const { return exceeded + achieved + notAchieved + notReviewed; }
    int achievedOrExceeded() const { return exceeded + achieved; }
    // "9/11 targets achieved or exceeded"; the denominator is every target of the resolution.
    QString sentence() const;
    // The sentence with the breakdown and, while the review is unfinished, how many are left.
    QString details() const;

    bool operator==(const TargetTally &o) const
    {
        return exceeded == o.exceeded && achieved == o.achieved && notAchieved == o.notAchieved &&
               notReviewed == o.notReviewed;
    }
};

} // namespace daihoi
