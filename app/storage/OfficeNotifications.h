#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace daihoi {

// The triggers through which an office database tells every open window what changed: after each statement
// on a data table, pg_notify(channel(), '{"table":…,"op":…,"id":…,"unit":…,"congress":…,"pid":…}'), sent when
// the transaction commits. A bulk write does not flood the listeners: past a few notifications in one
// transaction, a single {"table":"*"} says "refresh everything" and the rest of the transaction stays silent.
class OfficeNotifications
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::OfficeNotifications)
public:
    static QString channel() { return QStringLiteral("daihoi"); }
    // Notifications one transaction sends before it sends the single "everything changed" one.
    static constexpr int PerTransaction = 50;

    // Installs (or reinstalls, for `office upgrade`) the functions and triggers, inside the caller's
    // transaction.
    static bool install(QSqlDatabase db, QString *error);
    // The tables that notify, for the tests.
    static QStringList tables();
};

} // namespace daihoi
