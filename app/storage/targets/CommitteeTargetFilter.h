#pragma once

#include <QString>

namespace daihoi {

// Which targets of a committee's units to list: a group (empty: all) and a result.
struct CommitteeTargetFilter
{
    enum class Result { Any, AchievedOrExceeded, Exceeded, Achieved, NotAchieved, NotReviewed };

    QString group;
    Result result = Result::Any;
};

} // namespace daihoi
