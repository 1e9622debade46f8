#pragma once

#include "domain/Unit.h"
#include "domain/targets/Target.h"
#include "domain/targets/TargetResult.h"

namespace daihoi {

// One target of one subordinate unit's congress, with its result as SQL computed it.
struct CommitteeTargetRow
{
    Unit unit;
    Target target;
    TargetResult result = TargetResult::NotReviewed;
};

} // namespace daihoi
