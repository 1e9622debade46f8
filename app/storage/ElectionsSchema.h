#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// Schema version 2: elections with their rounds and candidates, people and committee members.
class ElectionsSchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
    // Version 6: a person's gender may be unknown, stored as '' like an unknown ethnicity. Rows keep
    // their values; only PostgreSQL can give the column that default in place (SQLite would have to
    // rebuild the table, and the program always writes the column).
    static QStringList unknownGender(const QSqlDatabase &db);
};

} // namespace daihoi
