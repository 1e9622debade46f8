#pragma once

#include "domain/targets/Target.h"

#include <QString>

namespace daihoi {

// How the targets pages write a value reached. A typed value keeps the decimals it was typed with; a share
// computed from the ratings is kept to four decimals for exact comparisons, but a clerk reads it with two.
class TargetFigureText
{
public:
    // "97,3" for 36 of 37 members; empty while not reviewed.
    static QString reached(const Target &target, QChar decimalSeparator);
    // VALUE rounded half up to two decimals, unless that would make it look equal to, above or below the
    // target's value where the exact one is not (then every decimal kept).
    static QString twoDecimalsAtMost(const ExactDecimal &value, const ExactDecimal &target,
                                     QChar decimalSeparator);
};

} // namespace daihoi
