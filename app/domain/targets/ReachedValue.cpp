#include "domain/targets/ReachedValue.h"

#include <QRegularExpression>

namespace daihoi {

bool ReachedValue::split(const QString &input, ExactDecimal *value, QString *unit, QString *error)
{
    const QString text = input.trimmed();
    int end = 0;
    while (end < text.size()) {
        const QChar c = text.at(end);
        const bool sign = end == 0 && (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QChar(0x2212));
        if (!(c.isDigit() || c == QLatin1Char(',') || c == QLatin1Char('.') || sign))
            break;
        ++end;
    }
    if (!ExactDecimal::parse(text.left(end), value, error)) {
        if (end == 0)
            *error = tr("“%1” does not start with a number.").arg(text);
        return false;
    }
    *unit = text.mid(end).trimmed();
    return true;
}

bool ReachedValue::parse(const QString &text, const Target &target, ExactDecimal *value, QString *error)
{
    QString unit;
    if (!split(text, value, &unit, error))
        return false;
    if (!unit.isEmpty() && !sameUnit(unit, target.unit)) {
        *error = target.unit.isEmpty()
                     ? tr("The value reached for “%1” is given in “%2”, but the target has no unit: "
                          "enter the number alone.")
                           .arg(target.name, unit)
                     : tr("The value reached for “%1” is given in “%2”, but the target is set in “%3”: "
                          "enter it in %3.")
                           .arg(target.name, unit, target.unit);
        return false;
    }
    return true;
}

QString ReachedValue::normalizedUnit(const QString &unit)
{
    QString text = unit.simplified().toCaseFolded();
    static const QRegularExpression spacesAroundSlash(QStringLiteral("\\s*/\\s*"));
    text.replace(spacesAroundSlash, QStringLiteral("/"));
    return text;
}

bool ReachedValue::sameUnit(const QString &a, const QString &b)
{
    return normalizedUnit(a) == normalizedUnit(b);
}

} // namespace daihoi
