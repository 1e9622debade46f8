#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace daihoi {

// One row of change_history: who changed which row when, and the row before and after (empty objects for
// an insert's old row and a delete's new row).
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString login;
    QString table;
    qint64 rowId = 0;
    qint64 unitId = 0;     // 0: belongs to no one unit (terms, people)
    qint64 congressId = 0; // 0: not part of a congress
    QString action;        // insert, update or delete
    QJsonObject oldRow;
    QJsonObject newRow;
};

} // namespace daihoi
