#include "WorkItemTally.h"

#include <algorithm>

namespace daihoi {

WorkItemTally WorkItemTally::of(const QList<WorkItem> &items, const QDate &on)
{
    WorkItemTally tally;
    QList<WorkItem> overdue;
    QList<WorkItem> rest;
    for (const WorkItem &item : items) {
        if (item.state == WorkItem::State::Done)
            ++tally.m_done;
        (item.isOverdue(on) ? overdue : rest).append(item);
    }
    const auto byNumber = [](const WorkItem &a, const WorkItem &b) { return a.number < b.number; };
    std::stable_sort(overdue.begin(), overdue.end(), [&byNumber](const WorkItem &a, const WorkItem &b) {
        return a.deadline != b.deadline ? a.deadline < b.deadline : byNumber(a, b);
    });
    std::stable_sort(rest.begin(), rest.end(), byNumber);
    tally.m_overdue = int(overdue.size());
    tally.m_items = overdue + rest;
    return tally;
}

QString WorkItemTally::headline() const
{
    const QString done = tr("%1/%2 work items done").arg(m_done).arg(total());
    if (m_overdue == 0)
        return done;
    return tr("%1, %2 overdue").arg(done).arg(m_overdue);
}

} // namespace daihoi
