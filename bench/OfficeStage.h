#pragma once

#include "BenchFigures.h"

#include <QString>

namespace daihoi::bench {

// The PostgreSQL column: a generated SQLite database copied to an office database on a local server, as
// the administrator's `daihoi-cli office init` and `office copy` do, for the summary and window stages.
class OfficeStage
{
public:
    // The URL of the office database NAME on the server SERVERURL (a superuser's URL, e.g. DAIHOI_TEST_PG_URL).
    static QString databaseUrl(const QString &serverUrl, const QString &name);
    // Creates NAME afresh on the server, sets it up as an office and copies FILE into it; then ANALYZE,
    // as autovacuum would within its first minute. With REUSE, an earlier copy holding as many units is kept.
    static bool copy(const QString &file, const QString &serverUrl, const QString &name, bool reuse,
                     BenchFigures *figures, QString *error);
    // The server's version and the settings that matter for reading: one line for docs/performance.md.
    static QString serverDescription(const QString &serverUrl);
};

} // namespace daihoi::bench
