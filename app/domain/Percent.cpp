#include "Percent.h"

namespace daihoi {

qint64 Percent::hundredths(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    // part/whole * 10000, rounded half up: floor((2 * part * 10000 + whole) / (2 * whole)).
    const qint64 numerator = 2 * part * 10000 + whole;
    const qint64 denominator = 2 * whole;
    qint64 quotient = numerator / denominator;
    if (numerator % denominator != 0 && numerator < 0)
        --quotient; // floor for negative parts, which callers should not pass but must not crash on
    return quotient;
}

QString Percent::format(qint64 part, qint64 whole, QChar decimalSeparator)
{
    return formatHundredths(hundredths(part, whole), decimalSeparator);
}

QString Percent::formatHundredths(qint64 hundredths, QChar decimalSeparator)
{
    const bool negative = hundredths < 0;
    const qint64 magnitude = negative ? -hundredths : hundredths;
    QString text = QString::number(magnitude / 100) + decimalSeparator
                   + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace daihoi
