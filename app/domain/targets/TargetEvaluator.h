#pragma once

#include "domain/targets/Target.h"
#include "domain/targets/TargetResult.h"

namespace daihoi {

// Marks a value reached against a target (domain.md §5).
//  ≥  reached > value: exceeded; = value: achieved; < value: not achieved.
//  ≤  a lower value is better (poor households, violations): reached < value: exceeded;
//     = value: achieved; > value: not achieved.
//  =  equal: achieved; anything else: not achieved (an exact target cannot be exceeded).
class TargetEvaluator
{
public:
    static TargetResult evaluate(Target::Comparison comparison, const ExactDecimal &value,
                                 const ExactDecimal &reached);
    // NotReviewed while the target has no value reached.
    static TargetResult evaluate(const Target &target);
};

} // namespace daihoi
