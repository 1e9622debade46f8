#pragma once

#include "domain/targets/QualityRating.h"

#include <QMap>
#include <QMetaType>
#include <optional>

namespace daihoi {

// One year's quality ratings of a unit: its own level and how many of its members were rated at each level.
struct YearRating
{
    int year = 0;
    std::optional<QualityRating> unitLevel;
    QMap<QualityRating, int> members; // member levels only; a missing level counts 0

    int memberCount(QualityRating level) const { return members.value(level, 0); }
    int memberTotal() const;
    // Members rated at or above the level (trở lên).
    int membersAtOrAbove(QualityRating minimum) const;
    bool hasMemberCounts() const { return memberTotal() > 0; }
    bool isEmpty() const { return !unitLevel && !hasMemberCounts(); }

    bool operator==(const YearRating &o) const;
    bool operator!=(const YearRating &o) const { return !(*this == o); }
};

} // namespace daihoi

Q_DECLARE_METATYPE(daihoi::YearRating)
