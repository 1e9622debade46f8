#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace daihoi {

// Creates a daihoi office on an empty PostgreSQL database: the tables, owned by a NOLOGIN role (an owner
// would bypass the row-level rights to come), and the group role every clerk's login joins.
class OfficeSetup
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::OfficeSetup)
public:
    static QString ownerRole() { return QStringLiteral("daihoi_owner"); }
    static QString clerksRole() { return QStringLiteral("daihoi_clerks"); }

    // One transaction: everything is created or nothing. `where` names the database in messages.
    // *refused is set when the database already holds an office.
    static bool initialize(QSqlDatabase db, const QString &where, QString *error, bool *refused);
    // What only PostgreSQL has (grants, rights, notifications), installed after the migrations by both
    // `office init` and `office upgrade`, inside the caller's transaction, as the administrator. Every
    // statement can run again over what an earlier version installed (CREATE OR REPLACE, DROP ... IF EXISTS).
    static bool installServerObjects(QSqlDatabase db, QString *error);
};

} // namespace daihoi
