#include "TargetEvents.h"

#include "Workspace.h"

namespace daihoi {

TargetEvents::TargetEvents(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("targetEvents"));
}

TargetEvents *TargetEvents::of(Workspace *workspace)
{
    auto *events = workspace->findChild<TargetEvents *>(QString(), Qt::FindDirectChildrenOnly);
    return events ? events : new TargetEvents(workspace);
}

} // namespace daihoi
