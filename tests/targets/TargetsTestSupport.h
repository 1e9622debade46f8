#pragma once

#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace daihoi {

// The demo without its targets, directions and ratings: a clean slate for one congress's edits.
inline bool removeDemoTargets(QSqlDatabase db)
{
    QSqlQuery query(db);
    for (const char *table : {"congress_targets", "congress_directions", "unit_year_ratings"}) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            qWarning("cannot clear %s: %s", table, qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

// The demo as a clerk sees it after `daihoi-cli demo`, targets included.
inline bool openTargetsDemo(TestDatabase &test)
{
    return test.openDemo();
}

} // namespace daihoi
