#include "PlanEvents.h"

#include "Workspace.h"

namespace daihoi {

PlanEvents::PlanEvents(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("planEvents"));
}

PlanEvents *PlanEvents::of(Workspace *workspace)
{
    auto *events = workspace->findChild<PlanEvents *>(QString(), Qt::FindDirectChildrenOnly);
    return events ? events : new PlanEvents(workspace);
}

void PlanEvents::setToday(const QDate &day)
{
    if (day == m_today)
        return;
    m_today = day;
    emit todayChanged();
}

} // namespace daihoi
