#include "Term.h"

#include <QRegularExpression>

namespace daihoi {

QString Term::label() const
{
    return QStringLiteral("%1\u2013%2").arg(startYear).arg(endYear);
}

QString Term::key() const
{
    return QStringLiteral("%1-%2").arg(startYear).arg(endYear);
}

bool Term::contains(const QDate &date) const
{
    return date.isValid() && date.year() >= startYear && date.year() <= endYear;
}

bool Term::parseKey(const QString &text, int *startYear, int *endYear)
{
    return parseYears(text, startYear, endYear) && *endYear > *startYear;
}

bool Term::parseYears(const QString &text, int *startYear, int *endYear)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})\\s*[-\u2013/]\\s*(\\d{4})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *startYear = match.captured(1).toInt();
    *endYear = match.captured(2).toInt();
    return true;
}

} // namespace daihoi
