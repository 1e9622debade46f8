#pragma once

namespace daihoi {

// The structure targets of the elected committees (domain.md §4: women ≥ 15 %, under the young age ≥ 10 %):
// shares of the members a committee should at least reach. Settings, not rules of the party's statute.
struct StructureTargets
{
    int womenPercent = 15;
    int youngPercent = 10;

    bool operator==(const StructureTargets &o) const
    {
        return womenPercent == o.womenPercent && youngPercent == o.youngPercent;
    }
};

} // namespace daihoi
