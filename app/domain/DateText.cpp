#include "DateText.h"

#include <QRegularExpression>

namespace daihoi {

namespace {

int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    return digits.size() == 2 ? 2000 + year : year;
}

bool build(int day, int month, int year, QDate *date, QString *error)
{
    if (year < 1900 || year > 2199) {
        *error = DateText::tr("%1 is not a plausible year").arg(year);
        return false;
    }
    if (month < 1 || month > 12) {
        *error = DateText::tr("there is no month %1").arg(month);
        return false;
    }
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        *error = DateText::tr("month %1 of %2 has only %3 days").arg(month).arg(year).arg(days);
        return false;
    }
    *date = QDate(year, month, day);
    return true;
}

} // namespace

bool DateText::parse(const QString &text, QDate *date, QString *error)
{
    *date = QDate();
    error->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;

    // Day, month and year apart: any of / - . or spaces between them.
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{4}|\\d{2})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    // Digits only, as a clerk types them without separators: ddMMyyyy or ddMMyy.
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4}|\\d{2})$"));
    QRegularExpressionMatch match = iso.match(trimmed);
    if (match.hasMatch())
        return build(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt(), date, error);
    match = separated.match(trimmed);
    if (!match.hasMatch())
        match = packed.match(trimmed);
    if (match.hasMatch())
        return build(match.captured(1).toInt(), match.captured(2).toInt(), fullYear(match.captured(3)), date, error);
    *error = tr("write it as day/month/year, e.g. 06/07/2017 or 06072017");
    return false;
}

} // namespace daihoi
