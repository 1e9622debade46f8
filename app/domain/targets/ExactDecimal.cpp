#include "domain/targets/ExactDecimal.h"

namespace daihoi {

ExactDecimal ExactDecimal::fromScaled(qint64 scaled)
{
    ExactDecimal value;
    value.m_scaled = scaled;
    return value;
}

ExactDecimal ExactDecimal::fromInteger(qint64 whole)
{
    return fromScaled(whole * Scale);
}

ExactDecimal ExactDecimal::percentTruncated(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {};
    return fromScaled(part * 100 * Scale / whole);
}

bool ExactDecimal::parse(const QString &input, ExactDecimal *value, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = tr("A number is needed.");
        return false;
    }
    int i = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QChar(0x2212) || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) != QLatin1Char('+');
        ++i;
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int wholeDigits = 0;
    int fractionDigits = 0;
    bool separatorSeen = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
            if (separatorSeen) {
                // "1.500.000" or "1,5.2": grouping is ambiguous between Vietnamese and English habits.
                *error = tr("“%1” has more than one separator; write the number without grouping, e.g. "
                            "1500000 or 62,5.")
                             .arg(text);
                return false;
            }
            separatorSeen = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            *error = tr("“%1” is not a number.").arg(text);
            return false;
        }
        const int digit = c.unicode() - '0';
        if (separatorSeen) {
            if (++fractionDigits > Decimals) {
                *error = tr("“%1” has more than %2 decimals.").arg(text).arg(Decimals);
                return false;
            }
            fraction = fraction * 10 + digit;
        } else {
            ++wholeDigits;
            whole = whole * 10 + digit;
            if (whole > MaxWhole) {
                *error = tr("“%1” is too large (at most %2).").arg(text).arg(MaxWhole);
                return false;
            }
        }
    }
    if (wholeDigits == 0 && fractionDigits == 0) {
        *error = tr("“%1” is not a number.").arg(text);
        return false;
    }
    for (int d = fractionDigits; d < Decimals; ++d)
        fraction *= 10;
    const qint64 scaled = whole * Scale + fraction;
    *value = fromScaled(negative ? -scaled : scaled);
    return true;
}

QString ExactDecimal::toString(QChar decimalSeparator) const
{
    const bool negative = m_scaled < 0;
    const qint64 magnitude = negative ? -m_scaled : m_scaled;
    QString text = QString::number(magnitude / Scale);
    qint64 fraction = magnitude % Scale;
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, Decimals, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += decimalSeparator + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace daihoi
