#pragma once

#include <QSqlDatabase>
#include <QString>

namespace daihoi {

// The few pieces of DDL that differ between SQLite and PostgreSQL; every migration uses them.
class SchemaSql
{
public:
    // An auto-numbered primary key column type: "INTEGER PRIMARY KEY" or an identity column.
    static QString idColumn(const QSqlDatabase &db);
};

} // namespace daihoi
