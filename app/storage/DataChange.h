#pragma once

#include <QMetaType>
#include <QString>

namespace daihoi {

// One change another connection committed to an office database, as its notification names it.
struct DataChange
{
    QString table;     // "*": anything may have changed (a bulk write, or changes missed while disconnected)
    QString operation; // INSERT, UPDATE, DELETE; MANY with "*"
    qint64 rowId = 0;  // 0 when the statement changed several rows
    qint64 unitId = 0; // the unit the rows belong to; 0 when several or none (terms, people)
    qint64 congressId = 0;    // the congress the rows belong to; 0 when several or none
    qint64 senderProcess = 0; // the server process that wrote it

    bool everything() const { return table == QLatin1String("*"); }
    // The JSON the office's triggers send (OfficeNotifications); an unreadable payload means "everything".
    static DataChange fromPayload(const QString &payload);
    static DataChange all();
};

} // namespace daihoi

Q_DECLARE_METATYPE(daihoi::DataChange)
