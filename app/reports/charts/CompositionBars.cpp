#include "CompositionBars.h"

#include "domain/Percent.h"

namespace daihoi {

QList<CompositionBar> CompositionBars::of(const CompositionFigures &figures, int youngAgeLimit,
                                          const StructureTargets &targets)
{
    // The labels are the printed summary's words (SummaryDocument), so the chart reads as part of the report.
    const auto bar = [&figures](const QString &label, int count, int target) {
        CompositionBar b;
        b.label = label;
        b.count = count;
        b.members = figures.members;
        b.hundredths = Percent::hundredths(count, figures.members);
        b.targetPercent = target;
        return b;
    };
    return {
        bar(QStringLiteral("Nữ"), figures.women, targets.womenPercent),
        bar(QStringLiteral("Dưới %1 tuổi").arg(youngAgeLimit), figures.young, targets.youngPercent),
        bar(QStringLiteral("Dân tộc thiểu số"), figures.ethnicMinority, -1),
        bar(QStringLiteral("Tái cử"), figures.reelected, -1),
        bar(QStringLiteral("Lần đầu"), figures.newcomers(), -1),
    };
}

} // namespace daihoi
