#pragma once

#include <QString>
#include <QStringList>

namespace daihoi::bench {

// The sqlite3 command-line shell, the reference the exchange figures are measured against.
class SqliteShell
{
public:
    // Runs `sqlite3 ARGS` with SCRIPT on its standard input; the elapsed milliseconds, or -1 on failure.
    static double run(const QStringList &args, const QString &script, QString *error);
    // Dumps each table to DIR/TABLE.csv with a header line, as `sqlite3 -csv` does.
    static double exportTables(const QString &database, const QStringList &tables, const QString &folder,
                               QString *error);
    // `.import --csv` of every CSV file of FOLDER into plain tables of a new database.
    static double importFolder(const QString &folder, const QString &database, QString *error);
};

} // namespace daihoi::bench
