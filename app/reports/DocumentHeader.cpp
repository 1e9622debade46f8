#include "DocumentHeader.h"

namespace daihoi {

QString DocumentHeader::placeAndDateLine() const
{
    // Party documents write day and month without a leading zero, the year in full.
    const QString where = place.trimmed().isEmpty() ? QStringLiteral("……………") : place.trimmed();
    if (!date.isValid())
        return QStringLiteral("%1, ngày     tháng     năm %2").arg(where).arg(QDate::currentDate().year());
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(where).arg(date.day()).arg(date.month()).arg(date.year());
}

QString DocumentHeader::numberLine() const
{
    if (!number.trimmed().isEmpty())
        return QStringLiteral("Số %1").arg(number.trimmed());
    return QStringLiteral("Số %1%2").arg(QString(6, QChar(0x00A0)), numberSuffix);
}

} // namespace daihoi
