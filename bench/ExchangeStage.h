#pragma once

#include "BenchFigures.h"

namespace daihoi::bench {

// Export and import of a whole database's export, each beside the sqlite3 shell on the same rows.
class ExchangeStage
{
public:
    // Exports UNIT and its subtree for the term to FOLDER (data dialect), then `sqlite3 -csv` of the
    // same tables to FOLDER-sqlite3.
    static bool exportAll(const QString &database, const QString &unitCode, int startYear, int endYear,
                          const QString &folder, BenchFigures *figures, QString *error);
    // Imports FOLDER into a new database, then `.import` of the same CSV files into plain tables.
    static bool importAll(const QString &folder, const QString &database, BenchFigures *figures, QString *error);
};

} // namespace daihoi::bench
