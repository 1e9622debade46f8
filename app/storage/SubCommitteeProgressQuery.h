#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace daihoi {

// One sub-committee of a committee (a unit that has units of its own) and where its own units stand on a day
// against its plan: every one of them in exactly one count.
struct SubCommitteeProgress
{
    qint64 unitId = 0;
    QString code;
    QString name;
    bool hasPlan = false;
    int held = 0;         // held by the day, on time or not
    int scheduled = 0;    // not held, due on the day or later
    int overdue = 0;      // not held, due before the day
    int notScheduled = 0; // not held, no date and no deadline (or no plan at all)

    int total() const { return held + scheduled + overdue + notScheduled; }
    bool operator==(const SubCommitteeProgress &o) const
    {
        return unitId == o.unitId && code == o.code && name == o.name && hasPlan == o.hasPlan && held == o.held
            && scheduled == o.scheduled && overdue == o.overdue && notScheduled == o.notScheduled;
    }
};

// The counts behind the chart of a district's sub-committees, summed by SQL (a province has thousands of units).
class SubCommitteeProgressQuery
{
public:
    explicit SubCommitteeProgressQuery(QSqlDatabase db);

    // The committee's non-retired sub-committees that have non-retired units, in the units' order, with the counts
    // of their own units' congresses of termId against each sub-committee's own plan for termId, on `on`. A unit is
    // due on its scheduled date, else its plan's pilot deadline when it is a pilot, else the plan's deadline
    // (Plan::dueDate); held when its congress's last day is on or before `on`.
    bool counts(qint64 committeeId, qint64 termId, const QDate &on, QList<SubCommitteeProgress> *rows,
                QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
