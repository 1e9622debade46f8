#pragma once

#include "storage/HistorySchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

// Takes a current database back to what a version 10 program wrote (no plans).
inline bool dropVersion11(QSqlDatabase db)
{
    QSqlQuery query(db);
    for (const char *table : {"plan_work_items", "plan_schedule", "plans"}) {
        if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))))
            return false;
    }
    return true;
}

// Takes a current database back to what a version 9 program wrote (no ballot-by-ballot count). Dropping the
// tables drops their triggers and rights with them; the server's history function keeps naming them, harmlessly.
inline bool dropVersion10(QSqlDatabase db)
{
    if (!dropVersion11(db))
        return false;
    QSqlQuery query(db);
    for (const char *table : {"ballot_corrections", "entered_ballots", "ballot_entries", "ballot_countings"}) {
        if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))))
            return false;
    }
    return true;
}

// Takes a current database back to what a version 6 program wrote (no conduct of the congress), so a test
// can set an older version and watch the migrations from there run again.
inline bool dropVersion7(QSqlDatabase db)
{
    if (!dropVersion10(db))
        return false;
    QSqlQuery query(db);
    // Versions 8 and 9 first: the change history and the row versions, with the triggers that write them
    // (on a server their functions, on a file this connection's triggers naming the congress columns).
    QStringList drops;
    if (db.driverName() == QLatin1String("QPSQL")) {
        drops << QStringLiteral("DROP FUNCTION IF EXISTS %1() CASCADE").arg(HistorySchema::serverFunction())
              << QStringLiteral("DROP FUNCTION IF EXISTS daihoi_stamp_change() CASCADE");
    } else {
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'")))
            return false;
        while (query.next())
            drops.append(QStringLiteral("DROP TRIGGER temp.%1").arg(query.value(0).toString()));
    }
    drops << QStringLiteral("DROP TABLE IF EXISTS change_history");
    for (const QString &drop : drops) {
        if (!query.exec(drop))
            return false;
    }
    for (const char *table : {"congresses", "elections", "units"}) {
        for (const char *column : {"row_version", "changed_by", "changed_at"}) {
            if (!query.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                .arg(QLatin1String(table), QLatin1String(column))))
                return false;
        }
    }
    for (const QString &sql : {QStringLiteral("DROP TABLE congress_people"),
                               QStringLiteral("ALTER TABLE congresses DROP COLUMN opening_time"),
                               QStringLiteral("ALTER TABLE congresses DROP COLUMN closing_time"),
                               QStringLiteral("ALTER TABLE congresses DROP COLUMN counting_board_head"),
                               QStringLiteral("ALTER TABLE congresses DROP COLUMN resolution_votes_for")}) {
        if (!query.exec(sql))
            return false;
    }
    return true;
}

} // namespace daihoi
