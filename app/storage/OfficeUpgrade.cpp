#include "OfficeUpgrade.h"

#include "OfficeSetup.h"
#include "SchemaMigrator.h"
#include "Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace daihoi {

bool OfficeUpgrade::otherClients(QSqlDatabase db, QStringList *clients, QString *error)
{
    clients->clear();
    // application_name and usename are visible for every session, even to an administrator who is no superuser.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT application_name, usename, COALESCE(client_hostname, host(client_addr), ''),"
                                   " backend_start FROM pg_stat_activity"
                                   " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                                   " AND application_name LIKE 'daihoi%' ORDER BY backend_start"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        QStringList details{query.value(1).toString()};
        if (!query.value(2).toString().isEmpty())
            details.append(tr("from %1").arg(query.value(2).toString()));
        if (const QDateTime since = query.value(3).toDateTime(); since.isValid())
            details.append(tr("since %1").arg(since.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
        clients->append(QStringLiteral("%1 (%2)").arg(query.value(0).toString(), details.join(QStringLiteral(", "))));
    }
    return true;
}

OfficeUpgrade::Outcome OfficeUpgrade::run(QSqlDatabase db, const QString &where, QString *message)
{
    int version = 0;
    QString error;
    if (!SchemaMigrator::readVersion(db, &version, &error)) {
        *message = tr("%1 is not a daihoi database or is damaged: %2").arg(where, error);
        return Outcome::Failed;
    }
    const int current = SchemaMigrator::currentVersion();
    if (version == 0) {
        *message = tr("%1 holds no daihoi office yet; create it with: daihoi-cli office init").arg(where);
        return Outcome::Refused;
    }
    if (version > current) {
        *message = tr("%1 has database version %2, newer than this program's %3; upgrade it with the newer daihoi.")
                       .arg(where)
                       .arg(version)
                       .arg(current);
        return Outcome::Refused;
    }
    if (version == current) {
        *message = tr("%1 is already at database version %2; nothing to do.").arg(where).arg(current);
        return Outcome::AlreadyCurrent;
    }
    QStringList clients;
    if (!otherClients(db, &clients, &error)) {
        *message = tr("Cannot see who is connected to %1: %2").arg(where, error);
        return Outcome::Failed;
    }
    if (!clients.isEmpty()) {
        *message = tr("%1 was not upgraded: other daihoi programs are connected to it. Ask these clerks to close "
                      "daihoi, then run the upgrade again:\n  %2")
                       .arg(where, clients.join(QStringLiteral("\n  ")));
        return Outcome::Refused;
    }

    Transaction transaction(db);
    if (!transaction.begin(&error)) {
        *message = error;
        return Outcome::Failed;
    }
    QSqlQuery query(db);
    // The tables belong to the owner role; as that role the migrations may alter them and what they create is its.
    if (!query.exec(QStringLiteral("SET LOCAL ROLE %1").arg(OfficeSetup::ownerRole()))) {
        *message = tr("Cannot act as %1 in %2 (the administrator who ran office init may): %3")
                       .arg(OfficeSetup::ownerRole(), where, query.lastError().text());
        return Outcome::Failed;
    }
    if (!SchemaMigrator::migrate(db, &error) || !query.exec(QStringLiteral("RESET ROLE"))
        || !OfficeSetup::installServerObjects(db, &error) || !transaction.commit(&error)) {
        if (error.isEmpty())
            error = query.lastError().text();
        *message = tr("%1 was not upgraded; nothing was changed: %2").arg(where, error);
        return Outcome::Failed;
    }
    *message = tr("%1 upgraded from database version %2 to %3.").arg(where).arg(version).arg(current);
    return Outcome::Upgraded;
}

} // namespace daihoi
