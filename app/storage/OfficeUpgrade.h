#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace daihoi {

// Brings an office database on PostgreSQL to the schema this program knows, run by the administrator:
// the migrations as the owner role, then OfficeSetup's server objects again, in one transaction.
// Refused while other daihoi programs are connected, since they would meet a schema they do not know.
class OfficeUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::OfficeUpgrade)
public:
    enum class Outcome { Upgraded, AlreadyCurrent, Refused, Failed };

    // `where` names the database in messages; *message says what was done or why not.
    static Outcome run(QSqlDatabase db, const QString &where, QString *message);
    // The other daihoi connections to this database (application_name starting with "daihoi"), one line
    // each: program, login, from where and since when.
    static bool otherClients(QSqlDatabase db, QStringList *clients, QString *error);
};

} // namespace daihoi
