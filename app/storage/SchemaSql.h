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
    // Text compared by code point (SQLite's default; PostgreSQL's "C" collation), so a prefix is a key range.
    static QString codePointText(const QSqlDatabase &db);
    // Ends CREATE TABLE for a table of small rows found by their primary key: SQLite then stores it once,
    // as that key's b-tree, instead of a rowid table plus an index.
    static QString withoutRowid(const QSqlDatabase &db);
};

} // namespace daihoi
