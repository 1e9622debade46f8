#include "OfficeSetup.h"

#include "OfficeRights.h"
#include "OfficeNotifications.h"
#include "SchemaMigrator.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

namespace {

// Roles belong to the whole server, so a second office on the same server reuses them; two offices set up at
// the same moment both try to create them, and the one that comes second takes the other's.
QString createRoleUnlessThere(const QString &role)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN"
                          " CREATE ROLE %1 NOLOGIN; END IF;"
                          " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
        .arg(role);
}

} // namespace

bool OfficeSetup::initialize(QSqlDatabase db, const QString &where, QString *error, bool *refused)
{
    *refused = false;
    int version = 0;
    if (!SchemaMigrator::readVersion(db, &version, error))
        return false;
    if (version > 0) {
        *refused = true;
        *error = tr("%1 already holds a daihoi office (database version %2); nothing was changed.")
                     .arg(where)
                     .arg(version);
        return false;
    }
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(db);
    const QString owner = ownerRole();
    const QString clerks = clerksRole();
    const QStringList before{
        createRoleUnlessThere(owner),
        createRoleUnlessThere(clerks),
        // The administrator becomes the owner for the creation, so the tables belong to the owner role.
        QStringLiteral("DO $$ BEGIN IF NOT pg_has_role(current_user, '%1', 'MEMBER') THEN"
                       " EXECUTE format('GRANT %1 TO %I', current_user); END IF; END $$")
            .arg(owner),
        QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(owner),
        QStringLiteral("SET LOCAL ROLE %1").arg(owner),
    };
    for (const QString &statement : before) {
        if (!query.exec(statement)) {
            *error = tr("Cannot prepare the office roles in %1: %2").arg(where, query.lastError().text());
            return false;
        }
    }
    if (!SchemaMigrator::migrate(db, error))
        return false;
    if (!query.exec(QStringLiteral("RESET ROLE"))) {
        *error = query.lastError().text();
        return false;
    }
    if (!installServerObjects(db, error)) {
        *error = tr("Cannot install the office's server objects in %1: %2").arg(where, *error);
        return false;
    }
    return transaction.commit(error);
}

bool OfficeSetup::installServerObjects(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    const QStringList asAdministrator{
        // Tables stay in public, on every clerk's default search_path, under their SQLite names.
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(clerksRole()),
    };
    const auto run = [&query, error](const QStringList &statements) {
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                *error = query.lastError().text();
                return false;
            }
        }
        return true;
    };
    // PostgreSQL-only objects come after the tables they watch. The rights take their own roles; the
    // notifying triggers and functions on the tables are the owner's to create.
    return run(asAdministrator) && OfficeRights::install(db, error)
           && run({QStringLiteral("SET LOCAL ROLE %1").arg(ownerRole())}) && OfficeNotifications::install(db, error)
           && run({QStringLiteral("RESET ROLE")});
}

} // namespace daihoi
