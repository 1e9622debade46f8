#include "DataChange.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace daihoi {

DataChange DataChange::all()
{
    DataChange change;
    change.table = QStringLiteral("*");
    change.operation = QStringLiteral("MANY");
    return change;
}

DataChange DataChange::fromPayload(const QString &payload)
{
    const QJsonObject json = QJsonDocument::fromJson(payload.toUtf8()).object();
    DataChange change;
    change.table = json.value(QLatin1String("table")).toString();
    change.operation = json.value(QLatin1String("op")).toString();
    change.rowId = json.value(QLatin1String("id")).toInteger();
    change.unitId = json.value(QLatin1String("unit")).toInteger();
    change.congressId = json.value(QLatin1String("congress")).toInteger();
    change.senderProcess = json.value(QLatin1String("pid")).toInteger();
    if (change.table.isEmpty()) {
        const qint64 sender = change.senderProcess;
        change = all();
        change.senderProcess = sender;
    }
    return change;
}

} // namespace daihoi
