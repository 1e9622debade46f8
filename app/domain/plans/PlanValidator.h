#pragma once

#include "Plan.h"
#include "domain/FieldError.h"

#include <QCoreApplication>

namespace daihoi {

// What may be saved of a plan; each refusal names the field (the unit or the item's number) and the rule.
class PlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::PlanValidator)
public:
    static constexpr int longestNumber = 50;
    static constexpr int longestText = 500;

    // unitNames: the names of the units the timetable may name, by id (a line naming another unit is refused).
    static FieldErrors validate(const Plan &plan, const QHash<qint64, QString> &unitNames);
    static QString joined(const FieldErrors &errors);
};

} // namespace daihoi
