#include "TargetsSchema.h"

#include "storage/SchemaSql.h"

namespace daihoi {

QStringList TargetsSchema::statements(const QSqlDatabase &db)
{
    const QString id = SchemaSql::idColumn(db);
    return {
        // Values are ten-thousandths (ExactDecimal): exact, and comparable in SQL for the committee filters.
        // reached_scaled is typed for manual targets and computed from the ratings for the others.
        QStringLiteral("CREATE TABLE congress_targets ("
                       " id %1,"
                       " congress_id BIGINT NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " target_group TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " comparison TEXT NOT NULL,"
                       " value_scaled BIGINT NOT NULL,"
                       " value_unit TEXT NOT NULL DEFAULT '',"
                       " basis TEXT NOT NULL DEFAULT 'manual',"
                       " rating_level TEXT NOT NULL DEFAULT 'good',"
                       " reached_scaled BIGINT,"
                       " CHECK (comparison IN ('ge', 'le', 'eq')),"
                       " CHECK (basis IN ('manual', 'member-rating', 'unit-rating')))")
            .arg(id),
        QStringLiteral(
            "CREATE INDEX congress_targets_by_congress ON congress_targets(congress_id, position)"),
        QStringLiteral("CREATE TABLE congress_directions ("
                       " id %1,"
                       " congress_id BIGINT NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,"
                       " direction_group TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " body TEXT NOT NULL,"
                       " CHECK (direction_group IN ('direction', 'task', 'solution')))")
            .arg(id),
        QStringLiteral(
            "CREATE INDEX congress_directions_by_congress ON congress_directions(congress_id, position)"),
        // One row per unit and year: its own level (NULL: not rated yet) and its members counted per level.
        QStringLiteral("CREATE TABLE unit_year_ratings ("
                       " id %1,"
                       " unit_id BIGINT NOT NULL REFERENCES units(id),"
                       " rating_year INTEGER NOT NULL,"
                       " unit_level TEXT,"
                       " members_excellent INTEGER NOT NULL DEFAULT 0,"
                       " members_good INTEGER NOT NULL DEFAULT 0,"
                       " members_completed INTEGER NOT NULL DEFAULT 0,"
                       " members_not_completed INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (unit_id, rating_year),"
                       " CHECK (members_excellent >= 0 AND members_good >= 0 AND members_completed >= 0"
                       " AND members_not_completed >= 0))")
            .arg(id),
    };
}

bool TargetsSchema::isApplied(const QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("congress_targets"));
}

} // namespace daihoi
