#include "PlansSchema.h"

#include "HistorySchema.h"
#include "SchemaSql.h"

namespace daihoi {

QStringList PlansSchema::tables()
{
    return {QStringLiteral("plans"), QStringLiteral("plan_schedule"), QStringLiteral("plan_work_items")};
}

QStringList PlansSchema::statements(const QSqlDatabase &db)
{
    // Dates are ISO text (NULL: not set), times "HH:MM", as in congresses.
    QStringList statements{
        QStringLiteral("CREATE TABLE plans ("
                       " id %1,"
                       " unit_id BIGINT NOT NULL REFERENCES units(id),"
                       " term_id BIGINT NOT NULL REFERENCES terms(id),"
                       " number TEXT NOT NULL,"
                       " issued_on TEXT,"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " period_from TEXT,"
                       " deadline TEXT,"
                       " pilot_deadline TEXT,"
                       " UNIQUE (unit_id, term_id))")
            .arg(SchemaSql::idColumn(db)),
        QStringLiteral("CREATE TABLE plan_schedule ("
                       " plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                       " unit_id BIGINT NOT NULL REFERENCES units(id),"
                       " scheduled_on TEXT,"
                       " scheduled_at TEXT,"
                       " place TEXT NOT NULL DEFAULT '',"
                       " attending TEXT NOT NULL DEFAULT '',"
                       " pilot INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (plan_id, unit_id))%1")
            .arg(SchemaSql::withoutRowid(db)),
        // The tree asks, per unit, whether its parent's plan has it overdue.
        QStringLiteral("CREATE INDEX plan_schedule_by_unit ON plan_schedule(unit_id)"),
        QStringLiteral("CREATE TABLE plan_work_items ("
                       " plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                       " number INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " responsible TEXT NOT NULL DEFAULT '',"
                       " deadline TEXT,"
                       " state TEXT NOT NULL,"
                       " done_on TEXT,"
                       " PRIMARY KEY (plan_id, number),"
                       " CHECK (number >= 1))%1")
            .arg(SchemaSql::withoutRowid(db)),
    };
    if (db.driverName() == QLatin1String("QPSQL"))
        statements += HistorySchema::serverTriggers(tables());
    return statements;
}

} // namespace daihoi
