#pragma once

#include "WorkItem.h"

#include <QCoreApplication>
#include <QList>

namespace daihoi {

// A plan's work items on a day: how many are done ("9/15 đầu việc đã hoàn thành") and the items with the
// overdue ones (still open after their deadline) first.
class WorkItemTally
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::WorkItemTally)
public:
    static WorkItemTally of(const QList<WorkItem> &items, const QDate &on);

    int done() const { return m_done; }
    int overdue() const { return m_overdue; }
    int total() const { return int(m_items.size()); }
    // Overdue items by deadline, then the rest by number.
    const QList<WorkItem> &items() const { return m_items; }
    bool isOverdue(int index) const { return index < m_overdue; }
    // "9/15 đầu việc đã hoàn thành" (with ", 2 quá hạn" when some are overdue)
    QString headline() const;

private:
    QList<WorkItem> m_items;
    int m_done = 0;
    int m_overdue = 0;
};

} // namespace daihoi
