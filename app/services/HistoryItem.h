#pragma once

#include <QDateTime>
#include <QStringList>

namespace daihoi {

// One change as a clerk reads it: when, who, what ("Congress changed"), and a line per field.
struct HistoryItem
{
    qint64 entryId = 0; // the newest change_history row behind it, for paging on
    QDateTime changedAt; // UTC
    QString login;
    QString subject;
    QStringList changes; // "Place: 'Hội trường A' → 'Nhà văn hoá khu 3'"
};

} // namespace daihoi
