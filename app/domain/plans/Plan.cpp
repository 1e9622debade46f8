#include "Plan.h"

#include "domain/DisplayFormat.h"

#include <QCoreApplication>

namespace daihoi {

const ScheduledCongress *Plan::scheduleOf(qint64 unit) const
{
    for (const ScheduledCongress &line : schedule) {
        if (line.unitId == unit)
            return &line;
    }
    return nullptr;
}

QDate Plan::dueDate(const ScheduledCongress *line) const
{
    if (line && line->date.isValid())
        return line->date;
    if (line && line->pilot && pilotDeadline.isValid())
        return pilotDeadline;
    return deadline;
}

QString Plan::title() const
{
    if (!issuedOn.isValid())
        return QCoreApplication::translate("daihoi::Plan", "Plan no. %1").arg(number);
    return QCoreApplication::translate("daihoi::Plan", "Plan no. %1 of %2")
        .arg(number, DisplayFormat::shortDate(issuedOn));
}

bool Plan::operator==(const Plan &o) const
{
    return id == o.id && unitId == o.unitId && termId == o.termId && number == o.number && issuedOn == o.issuedOn
        && subject == o.subject && periodFrom == o.periodFrom && deadline == o.deadline
        && pilotDeadline == o.pilotDeadline && schedule == o.schedule && workItems == o.workItems;
}

} // namespace daihoi
