#pragma once

#include <QSqlDatabase>
#include <QString>

namespace daihoi {

// SQLite keeps no login, so each connection the program opens to a file carries the clerk's name in a
// temporary view and its own TEMP triggers, which write main.change_history as PostgreSQL's trigger does.
class HistorySession
{
public:
    // After the migrations: creates the temporary table and triggers, naming `login` as who changes rows.
    static bool install(QSqlDatabase db, const QString &login, QString *error);
    // Who this connection records as making the changes.
    static bool setLogin(QSqlDatabase db, const QString &login, QString *error);
    // The login this connection records; a null string when it has no history triggers.
    static bool login(QSqlDatabase db, QString *login, QString *error);
    enum Suspension { KeepPackages, Everything };
    // Drops this connection's triggers (but with KeepPackages those recording an imported package), for
    // writing many rows at once (HistoryBulkWrite); install() brings them back.
    static bool suspend(QSqlDatabase db, Suspension what, QString *error);
};

} // namespace daihoi
