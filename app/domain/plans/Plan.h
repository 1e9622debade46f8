#pragma once

#include "ScheduledCongress.h"
#include "WorkItem.h"

#include <QDate>
#include <QList>
#include <QString>

namespace daihoi {

// A committee's plan for its units' congresses of one term (domain.md §2 "Plans"): "Kế hoạch số 74-KH/ĐU ngày
// 12/7/2022 về việc tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2022 – 2025". A committee has at most one plan
// per term.
struct Plan
{
    qint64 id = 0;
    qint64 unitId = 0; // the committee that issued it
    qint64 termId = 0;
    QString number;    // "74-KH/ĐU"
    QDate issuedOn;
    QString subject;   // "về việc tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2022 – 2025"
    QDate periodFrom;
    QDate deadline;      // "hoàn thành trước 15/9/2022"; invalid: none
    QDate pilotDeadline; // the pilot congresses' own deadline; invalid: the plan's
    QList<ScheduledCongress> schedule; // one line per unit that has any of it, in the units' order
    QList<WorkItem> workItems;         // by number

    bool isValid() const { return id > 0; }
    // The line of unitId, or nullptr.
    const ScheduledCongress *scheduleOf(qint64 unitId) const;
    // The day a unit's congress is due: its scheduled date, else the pilot deadline for a pilot unit,
    // else the plan's deadline (invalid when there is none).
    QDate dueDate(const ScheduledCongress *line) const;
    // "Kế hoạch số 74-KH/ĐU ngày 12/7/2022"
    QString title() const;

    bool operator==(const Plan &o) const;
    bool operator!=(const Plan &o) const { return !(*this == o); }
};

} // namespace daihoi
