#include "domain/targets/DirectionItem.h"

namespace daihoi {

QString DirectionItem::groupKey(Group group)
{
    switch (group) {
    case Group::Direction:
        return QStringLiteral("direction");
    case Group::Task:
        return QStringLiteral("task");
    case Group::Solution:
        return QStringLiteral("solution");
    }
    return {};
}

bool DirectionItem::groupFromKey(const QString &key, Group *group)
{
    for (Group candidate : groups()) {
        if (groupKey(candidate) == key) {
            *group = candidate;
            return true;
        }
    }
    return false;
}

QString DirectionItem::groupLabel(Group group)
{
    switch (group) {
    case Group::Direction:
        return tr("Direction");
    case Group::Task:
        return tr("Task");
    case Group::Solution:
        return tr("Solution");
    }
    return {};
}

} // namespace daihoi
