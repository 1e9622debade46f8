#pragma once

#include "domain/FieldError.h"
#include "domain/targets/DirectionItem.h"
#include "domain/targets/Target.h"
#include "domain/targets/YearRating.h"

#include <QCoreApplication>

namespace daihoi {

// What may be saved of a target, a direction item and a year's ratings; each refusal names the field,
// the number and why.
class TargetValidator
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::TargetValidator)
public:
    static FieldErrors validate(const Target &target);
    static FieldErrors validate(const DirectionItem &item);
    static FieldErrors validate(const YearRating &rating);
    static QString fieldLabel(const QString &field);
    static QString joined(const FieldErrors &errors);
};

} // namespace daihoi
