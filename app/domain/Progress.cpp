#include "Progress.h"

#include "DisplayFormat.h"

namespace daihoi {

QString Progress::headline() const
{
    const QString counted = QStringLiteral("%1/%2").arg(heldCount).arg(unitCount);
    const QString percent = DisplayFormat::percent(heldCount, unitCount);
    if (branchCount == unitCount)
        return tr("%1 branches have held their congress (%2 %)").arg(counted, percent);
    return tr("%1 subordinate party organisations have held their congress (%2 %)").arg(counted, percent);
}

QString Progress::dateSpan() const
{
    return dateSpan(firstHeld, lastHeld);
}

QString Progress::dateSpan(const QDate &first, const QDate &last)
{
    if (!first.isValid())
        return {};
    if (!last.isValid() || first == last)
        return tr("on %1").arg(DisplayFormat::shortDate(first));
    // The year is written once when both dates share it: "từ ngày 20/8 đến hết ngày 11/9/2022".
    const QString from = first.year() == last.year() ? first.toString(QStringLiteral("d/M"))
                                                     : DisplayFormat::shortDate(first);
    return tr("from %1 to the end of %2").arg(from, DisplayFormat::shortDate(last));
}

} // namespace daihoi
