#pragma once

#include <QString>

namespace daihoi {

// A share expressed in hundredths of a percent, computed in exact integer arithmetic:
// 4513 / 20000 = 22.565 % is 2257 hundredths, never 2256 through a float rounding error.
class Percent
{
public:
    // Rounds half up. A zero or negative whole yields 0.
    static qint64 hundredths(qint64 part, qint64 whole);

    // "22,57" (Vietnamese, decimal comma) or "22.57" (machine output, decimal dot).
    static QString format(qint64 part, qint64 whole, QChar decimalSeparator = QLatin1Char(','));
    static QString formatHundredths(qint64 hundredths, QChar decimalSeparator = QLatin1Char(','));
};

} // namespace daihoi
