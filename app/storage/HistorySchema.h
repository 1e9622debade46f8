#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// Schema version 8: change_history, the record of every insert, update and delete in the data tables,
// written by the database itself. On PostgreSQL a SECURITY DEFINER trigger function owned by the owner role
// writes it with the login (session_user), so a clerk reads it but can neither write nor skip it; on SQLite
// the program's own connections add the triggers (HistorySession), since only they know the clerk's name.
class HistorySchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
    // On the server: the history function again (it names every tracked table) and its triggers on `tables`,
    // for a later version that adds tracked tables.
    static QStringList serverTriggers(const QStringList &tables);
    // The transaction-local setting under which an office administrator's `office copy` writes no history
    // row per copied row (the copied history comes along instead). It is ignored for anyone else.
    static QString copySetting() { return QStringLiteral("daihoi.copying"); }
    static QString serverFunction() { return QStringLiteral("daihoi_record_change"); }
};

} // namespace daihoi
