#include "domain/targets/TargetResult.h"

namespace daihoi {

QList<TargetResult> TargetResults::all()
{
    return {TargetResult::Exceeded, TargetResult::Achieved, TargetResult::NotAchieved,
            TargetResult::NotReviewed};
}

QString TargetResults::key(TargetResult result)
{
    switch (result) {
    case TargetResult::NotReviewed:
        return QStringLiteral("pending");
    case TargetResult::NotAchieved:
        return QStringLiteral("not-achieved");
    case TargetResult::Achieved:
        return QStringLiteral("achieved");
    case TargetResult::Exceeded:
        return QStringLiteral("exceeded");
    }
    return {};
}

bool TargetResults::fromKey(const QString &key, TargetResult *result)
{
    for (TargetResult candidate : all()) {
        if (TargetResults::key(candidate) == key) {
            *result = candidate;
            return true;
        }
    }
    return false;
}

QString TargetResults::label(TargetResult result)
{
    switch (result) {
    case TargetResult::NotReviewed:
        return tr("not reviewed");
    case TargetResult::NotAchieved:
        return tr("not achieved");
    case TargetResult::Achieved:
        return tr("achieved");
    case TargetResult::Exceeded:
        return tr("exceeded");
    }
    return {};
}

} // namespace daihoi
