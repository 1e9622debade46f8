#include "domain/targets/TargetTally.h"

#include "domain/targets/TargetEvaluator.h"

namespace daihoi {

TargetTally TargetTally::of(const QList<Target> &targets)
{
    TargetTally tally;
    for (const Target &target : targets)
        tally.add(TargetEvaluator::evaluate(target));
    return tally;
}

void TargetTally::add(TargetResult result, int count)
{
    switch (result) {
    case TargetResult::Exceeded:
        exceeded += count;
        break;
    case TargetResult::Achieved:
        achieved += count;
        break;
    case TargetResult::NotAchieved:
        notAchieved += count;
        break;
    case TargetResult::NotReviewed:
        notReviewed += count;
        break;
    }
}

QString TargetTally::sentence() const
{
    return tr("%1/%2 targets achieved or exceeded").arg(achievedOrExceeded()).arg(total());
}

QString TargetTally::details() const
{
    QString text =
        sentence() + QLatin1String(" (") +
        tr("%1 exceeded, %2 achieved, %3 not achieved").arg(exceeded).arg(achieved).arg(notAchieved) +
        QLatin1Char(')');
    if (notReviewed > 0)
        text += QLatin1String("; ") + tr("%1 not reviewed yet").arg(notReviewed);
    return text;
}

} // namespace daihoi
