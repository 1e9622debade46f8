#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace daihoi {

// The clerks' rights on an office server, enforced by PostgreSQL itself so they hold for psql as for
// daihoi: the grants table (login, unit, may write), the functions that expand a grant over the unit
// tree, and a row-level security policy on every table. Installed after the migrations; every statement
// can run again (`office upgrade` re-installs after migrating), and the change history's policy is added
// once that table exists.
class OfficeRights
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::OfficeRights)
public:
    static QString adminsRole() { return QStringLiteral("daihoi_admins"); }

    // Runs inside one transaction (its own, or the caller's). The connected role must be able to create
    // roles the first time (the administrator who ran `office init`).
    static bool install(QSqlDatabase db, QString *error);
};

} // namespace daihoi
