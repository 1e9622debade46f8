#include "UnitLevel.h"

namespace daihoi {

QList<UnitLevel> UnitLevels::all()
{
    return {UnitLevel::CommitteeAboveGrassroots, UnitLevel::GrassrootsCommittee, UnitLevel::SubCommittee,
            UnitLevel::GrassrootsBranch, UnitLevel::Branch};
}

QString UnitLevels::key(UnitLevel level)
{
    switch (level) {
    case UnitLevel::CommitteeAboveGrassroots:
        return QStringLiteral("committee-above-grassroots");
    case UnitLevel::GrassrootsCommittee:
        return QStringLiteral("grassroots-committee");
    case UnitLevel::SubCommittee:
        return QStringLiteral("sub-committee");
    case UnitLevel::GrassrootsBranch:
        return QStringLiteral("grassroots-branch");
    case UnitLevel::Branch:
        return QStringLiteral("branch");
    }
    return {};
}

bool UnitLevels::fromKey(const QString &key, UnitLevel *level)
{
    for (UnitLevel candidate : all()) {
        if (UnitLevels::key(candidate) == key) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

QString UnitLevels::displayName(UnitLevel level)
{
    switch (level) {
    case UnitLevel::CommitteeAboveGrassroots:
        return tr("Party committee above grassroots");
    case UnitLevel::GrassrootsCommittee:
        return tr("Grassroots party committee");
    case UnitLevel::SubCommittee:
        return tr("Sub-committee");
    case UnitLevel::GrassrootsBranch:
        return tr("Grassroots branch");
    case UnitLevel::Branch:
        return tr("Branch");
    }
    return {};
}

bool UnitLevels::isBranch(UnitLevel level)
{
    return level == UnitLevel::GrassrootsBranch || level == UnitLevel::Branch;
}

} // namespace daihoi
