#include "BallotsSchema.h"

#include "HistorySchema.h"
#include "SchemaSql.h"

namespace daihoi {

QStringList BallotsSchema::tables()
{
    return {QStringLiteral("ballot_countings"), QStringLiteral("ballot_entries"),
            QStringLiteral("entered_ballots"), QStringLiteral("ballot_corrections")};
}

QStringList BallotsSchema::statements(const QSqlDatabase &db)
{
    const QString id = SchemaSql::idColumn(db);
    // Times are ISO 8601 text in UTC (with milliseconds, so corrections keep their order) on both databases.
    QStringList statements{
        // The clerk chose "Kiểm từng phiếu" for this round, in batches of batch_size ballots.
        QStringLiteral("CREATE TABLE ballot_countings ("
                       " election_id BIGINT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,"
                       " round_number INTEGER NOT NULL,"
                       " batch_size INTEGER NOT NULL,"
                       " PRIMARY KEY (election_id, round_number),"
                       " CHECK (batch_size BETWEEN 1 AND 500))"),
        // One operator's entry (lần nhập) of one batch. Going back to typed totals is refused while a round
        // has entries, by the program and by the reference to the round's choice.
        QStringLiteral("CREATE TABLE ballot_entries ("
                       " id %1,"
                       " election_id BIGINT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,"
                       " round_number INTEGER NOT NULL,"
                       " batch INTEGER NOT NULL,"
                       " pass INTEGER NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " started_at TEXT,"
                       " UNIQUE (election_id, round_number, batch, pass),"
                       " FOREIGN KEY (election_id, round_number)"
                       " REFERENCES ballot_countings(election_id, round_number),"
                       " CHECK (batch >= 1 AND pass BETWEEN 1 AND 3))")
            .arg(id),
        // A ballot as one entry holds it: marks one letter per candidate, or the reason the board declared.
        QStringLiteral("CREATE TABLE entered_ballots ("
                       " entry_id BIGINT NOT NULL REFERENCES ballot_entries(id) ON DELETE CASCADE,"
                       " number INTEGER NOT NULL,"
                       " marks TEXT NOT NULL DEFAULT '',"
                       " invalid_reason TEXT NOT NULL DEFAULT '',"
                       " entered_at TEXT,"
                       " PRIMARY KEY (entry_id, number))%1")
            .arg(SchemaSql::withoutRowid(db)),
        // Every ballot saved again with other content, and every ballot of a removed entry (empty "after"):
        // the entry log prints them, so they stay while the election does.
        QStringLiteral("CREATE TABLE ballot_corrections ("
                       " id %1,"
                       " election_id BIGINT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,"
                       " round_number INTEGER NOT NULL,"
                       " batch INTEGER NOT NULL,"
                       " pass INTEGER NOT NULL,"
                       " number INTEGER NOT NULL,"
                       " operator TEXT NOT NULL,"
                       " before_marks TEXT NOT NULL DEFAULT '',"
                       " before_reason TEXT NOT NULL DEFAULT '',"
                       " after_marks TEXT NOT NULL DEFAULT '',"
                       " after_reason TEXT NOT NULL DEFAULT '',"
                       " corrected_at TEXT NOT NULL)")
            .arg(id),
        QStringLiteral(
            "CREATE INDEX ballot_corrections_by_round ON ballot_corrections(election_id, round_number, batch,"
            " corrected_at)"),
    };
    // The server's change history learns the new tables (its function names every tracked table).
    if (db.driverName() == QLatin1String("QPSQL"))
        statements += HistorySchema::serverTriggers(tables());
    return statements;
}

} // namespace daihoi
