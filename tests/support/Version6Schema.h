#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

// Takes a current database back to what a version 6 program wrote (no conduct of the congress), so a test
// can set an older version and watch the migrations from there run again.
inline bool dropVersion7(QSqlDatabase db)
{
    QSqlQuery query(db);
    // Version 8 first: the change history, and this connection's triggers that name the congress columns.
    QStringList triggers;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'")))
        return false;
    while (query.next())
        triggers.append(query.value(0).toString());
    for (const QString &trigger : triggers) {
        if (!query.exec(QStringLiteral("DROP TRIGGER temp.%1").arg(trigger)))
            return false;
    }
    if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS change_history")))
        return false;
    // Versions after 7 first: the row versions of edited rows.
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
