#include "domain/targets/TargetEvaluator.h"

namespace daihoi {

TargetResult TargetEvaluator::evaluate(Target::Comparison comparison, const ExactDecimal &value,
                                       const ExactDecimal &reached)
{
    if (reached == value)
        return TargetResult::Achieved;
    switch (comparison) {
    case Target::Comparison::AtLeast:
        return reached > value ? TargetResult::Exceeded : TargetResult::NotAchieved;
    case Target::Comparison::AtMost:
        return reached < value ? TargetResult::Exceeded : TargetResult::NotAchieved;
    case Target::Comparison::Exactly:
        return TargetResult::NotAchieved;
    }
    return TargetResult::NotAchieved;
}

TargetResult TargetEvaluator::evaluate(const Target &target)
{
    if (!target.reached)
        return TargetResult::NotReviewed;
    return evaluate(target.comparison, target.value, *target.reached);
}

} // namespace daihoi
