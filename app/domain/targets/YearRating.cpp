#include "domain/targets/YearRating.h"

namespace daihoi {

int YearRating::memberTotal() const
{
    int total = 0;
    for (auto it = members.constBegin(); it != members.constEnd(); ++it)
        total += it.value();
    return total;
}

int YearRating::membersAtOrAbove(QualityRating minimum) const
{
    int count = 0;
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        if (QualityRatings::atOrAbove(it.key(), minimum))
            count += it.value();
    }
    return count;
}

bool YearRating::operator==(const YearRating &o) const
{
    if (year != o.year || unitLevel != o.unitLevel)
        return false;
    for (QualityRating level : QualityRatings::unitLevels()) {
        if (memberCount(level) != o.memberCount(level))
            return false;
    }
    return true;
}

} // namespace daihoi
