#include "DisplayFormat.h"

#include "Percent.h"

#include <QLocale>

namespace daihoi {

QChar DisplayFormat::decimalSeparator()
{
    const QString point = QLocale().decimalPoint();
    return point.isEmpty() ? QLatin1Char('.') : point.at(0);
}

QString DisplayFormat::percent(qint64 part, qint64 whole)
{
    return Percent::format(part, whole, decimalSeparator());
}

QString DisplayFormat::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString DisplayFormat::shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("d/M/yyyy")) : QString();
}

} // namespace daihoi
