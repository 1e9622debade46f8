#pragma once

#include "domain/committee/CompositionFigures.h"
#include "domain/committee/StructureTargets.h"

#include <QList>
#include <QString>

namespace daihoi {

// One bar of the composition chart: a share of the members elected, with its structure target when it has one.
struct CompositionBar
{
    QString label;         // "Nữ", "Dưới 40 tuổi", …
    int count = 0;
    int members = 0;
    qint64 hundredths = 0; // count of members, in hundredths of a percent
    int targetPercent = -1; // -1: no target for this share

    bool hasTarget() const { return targetPercent >= 0; }
    // Reached: at least the target (count/members ≥ target %), computed exactly.
    bool meetsTarget() const { return !hasTarget() || qint64(count) * 100 >= qint64(targetPercent) * members; }
    double percent() const { return double(hundredths) / 100.0; }
};

// The composition of the elected committees summed over a committee's units (women, young, ethnic minority,
// re-elected and new) as shares of the members, against the structure targets (settings).
class CompositionBars
{
public:
    static QList<CompositionBar> of(const CompositionFigures &figures, int youngAgeLimit,
                                    const StructureTargets &targets);
};

} // namespace daihoi
