#include "TargetFigureText.h"

namespace daihoi {

namespace {

int compare(const ExactDecimal &a, const ExactDecimal &b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace

QString TargetFigureText::reached(const Target &target, QChar decimalSeparator)
{
    if (!target.reached)
        return {};
    if (!target.isRatingBased())
        return target.reached->toString(decimalSeparator);
    return twoDecimalsAtMost(*target.reached, target.value, decimalSeparator);
}

QString TargetFigureText::twoDecimalsAtMost(const ExactDecimal &value, const ExactDecimal &target,
                                            QChar decimalSeparator)
{
    constexpr qint64 step = ExactDecimal::Scale / 100; // one hundredth
    const qint64 magnitude = value.scaled() < 0 ? -value.scaled() : value.scaled();
    const qint64 rounded = (magnitude + step / 2) / step * step;
    const ExactDecimal shown = ExactDecimal::fromScaled(value.scaled() < 0 ? -rounded : rounded);
    // 99,996 % of a "100 %" target is not achieved: it must not read "100".
    if (compare(shown, target) != compare(value, target))
        return value.toString(decimalSeparator);
    return shown.toString(decimalSeparator);
}

} // namespace daihoi
