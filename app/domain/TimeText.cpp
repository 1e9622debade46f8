#include "TimeText.h"

#include <QRegularExpression>

namespace daihoi {

namespace {

bool build(int hour, int minute, QTime *time, QString *error)
{
    if (hour > 23) {
        *error = TimeText::tr("there is no hour %1").arg(hour);
        return false;
    }
    if (minute > 59) {
        *error = TimeText::tr("there is no minute %1").arg(minute);
        return false;
    }
    *time = QTime(hour, minute);
    return true;
}

} // namespace

bool TimeText::parse(const QString &text, QTime *time, QString *error)
{
    *time = QTime();
    error->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;

    // Hour and minutes apart: ":", ".", "h" or "giờ" between them; "14h" and "14 giờ" alone are whole hours.
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})\\s*(?::|\\.|h|giờ)\\s*(\\d{1,2})?\\s*(?:phút|p)?$"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = separated.match(trimmed);
    if (match.hasMatch()) {
        const QString minutes = match.captured(2);
        if (minutes.size() == 1) {
            *error = tr("write the minutes with two digits, e.g. 7:05");
            return false;
        }
        return build(match.captured(1).toInt(), minutes.toInt(), time, error);
    }
    // Digits only: "7" or "14" a whole hour, "730" or "0730" hours then two digits of minutes.
    static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
    if (digits.match(trimmed).hasMatch()) {
        if (trimmed.size() <= 2)
            return build(trimmed.toInt(), 0, time, error);
        return build(trimmed.left(trimmed.size() - 2).toInt(), trimmed.right(2).toInt(), time, error);
    }
    *error = tr("write it as hours:minutes, e.g. 7:30, 0730 or 14h");
    return false;
}

QString TimeText::format(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace daihoi
