#pragma once

#include "domain/targets/ExactDecimal.h"
#include "domain/targets/Target.h"

#include <QCoreApplication>

namespace daihoi {

// Reads a value reached as the clerk types it: "3", "3 người", "62,5 triệu đồng/người/năm", "98%".
// A unit written after the number must be the target's unit: a value in another unit is refused,
// never converted.
class ReachedValue
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ReachedValue)
public:
    // Splits "62,5 triệu đồng" into the number and the unit text (empty when none was written).
    static bool split(const QString &text, ExactDecimal *value, QString *unit, QString *error);
    // The number, checked against the target's unit; the refusal names the target and both units.
    static bool parse(const QString &text, const Target &target, ExactDecimal *value, QString *error);
    // Units compared as written, ignoring case and spacing: "Triệu đồng / người / năm" = "triệu
    // đồng/người/năm".
    static bool sameUnit(const QString &a, const QString &b);
    static QString normalizedUnit(const QString &unit);
};

} // namespace daihoi
