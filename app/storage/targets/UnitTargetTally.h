#pragma once

#include "domain/Unit.h"
#include "domain/targets/TargetTally.h"

namespace daihoi {

// How one subordinate unit's targets came out in a term.
struct UnitTargetTally
{
    Unit unit;
    TargetTally tally;
};

} // namespace daihoi
