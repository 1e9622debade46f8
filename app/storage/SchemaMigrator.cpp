#include "SchemaMigrator.h"

#include "BallotsSchema.h"
#include "ElectionsSchema.h"
#include "ExchangeSchema.h"
#include "HistorySchema.h"
#include "PlansSchema.h"
#include "RowVersionSchema.h"
#include "SchemaSql.h"
#include "SearchWordsSchema.h"
#include "Transaction.h"
#include "targets/TargetsSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

namespace {

QStringList version1(const QSqlDatabase &db)
{
    const QString id = SchemaSql::idColumn(db);
    return {
        QStringLiteral("CREATE TABLE units ("
                       " id %1,"
                       " parent_id BIGINT REFERENCES units(id),"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " level TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " retired INTEGER NOT NULL DEFAULT 0,"
                       // name and code without diacritics or case, for search (SearchKey)
                       " search_key TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE INDEX units_by_parent ON units(parent_id, position)"),
        QStringLiteral("CREATE TABLE terms ("
                       " id %1,"
                       " start_year INTEGER NOT NULL,"
                       " end_year INTEGER NOT NULL,"
                       " UNIQUE (start_year, end_year),"
                       " CHECK (end_year > start_year))")
            .arg(id),
        QStringLiteral("CREATE TABLE congresses ("
                       " id %1,"
                       " unit_id BIGINT NOT NULL REFERENCES units(id),"
                       " term_id BIGINT NOT NULL REFERENCES terms(id),"
                       " status TEXT NOT NULL,"
                       " planned_date TEXT,"
                       " held_from TEXT,"
                       " held_to TEXT,"
                       " place TEXT NOT NULL DEFAULT '',"
                       " congress_number INTEGER NOT NULL DEFAULT 0,"
                       " kind TEXT NOT NULL,"
                       " official_members INTEGER NOT NULL DEFAULT 0,"
                       " probationary_members INTEGER NOT NULL DEFAULT 0,"
                       " summoned INTEGER NOT NULL DEFAULT 0,"
                       " present INTEGER NOT NULL DEFAULT 0,"
                       " excluded_absent_with_reason INTEGER NOT NULL DEFAULT 0,"
                       " excluded_excused INTEGER NOT NULL DEFAULT 0,"
                       " excluded_suspended INTEGER NOT NULL DEFAULT 0,"
                       " excluded_temporary INTEGER NOT NULL DEFAULT 0,"
                       " excluded_without_alternate INTEGER NOT NULL DEFAULT 0,"
                       " political_report_summary TEXT NOT NULL DEFAULT '',"
                       " self_review_summary TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (unit_id, term_id))")
            .arg(id),
        // Progress figures join a committee's children to their congress of one term.
        QStringLiteral("CREATE INDEX congresses_by_term ON congresses(term_id, unit_id)"),
        QStringLiteral("CREATE TABLE congress_guests ("
                       " id %1,"
                       " congress_id BIGINT NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE INDEX congress_guests_by_congress ON congress_guests(congress_id, position)"),
    };
}

// Version 7: the conduct of the congress for its minutes: opening and closing times ("HH:MM", NULL when not
// recorded), the counting board's head, the resolution's votes for, and the ordered name lists of the presidium,
// the secretaries and the counting board's members. Existing rows keep everything and read as "not recorded".
QStringList version7(const QSqlDatabase &db)
{
    return {
        QStringLiteral("ALTER TABLE congresses ADD COLUMN opening_time TEXT"),
        QStringLiteral("ALTER TABLE congresses ADD COLUMN closing_time TEXT"),
        QStringLiteral("ALTER TABLE congresses ADD COLUMN counting_board_head TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE congresses ADD COLUMN resolution_votes_for INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE congress_people ("
                       " id %1,"
                       " congress_id BIGINT NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL," // presidium, secretary, counting-board
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL)")
            .arg(SchemaSql::idColumn(db)),
        QStringLiteral("CREATE INDEX congress_people_by_congress ON congress_people(congress_id, role, position)"),
    };
}

// A version's DDL, then the data it derives from rows already there (most versions derive none), then
// DDL that is cheaper once that data is in (indexes built in one pass).
struct Migration
{
    QStringList statements;
    bool (*fill)(QSqlDatabase &db, QString *error) = nullptr;
    QStringList afterFill = {};
};

// Index = version - 1.
QList<Migration> migrations(const QSqlDatabase &db)
{
    return {{version1(db)},
            {ElectionsSchema::statements(db)},
            {TargetsSchema::statements(db)},
            {ExchangeSchema::statements(db)},
            {SearchWordsSchema::statements(db), &SearchWordsSchema::fill, SearchWordsSchema::indexes(db)},
            {ElectionsSchema::unknownGender(db)},
            {version7(db)},
            {HistorySchema::statements(db)},
            {RowVersionSchema::statements(db)},
            {BallotsSchema::statements(db)},
            {PlansSchema::statements(db)}};
}

bool hasSchemaTable(QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("schema_info"));
}

} // namespace

int SchemaMigrator::currentVersion()
{
    return int(migrations(QSqlDatabase()).size());
}

bool SchemaMigrator::readVersion(QSqlDatabase &db, int *version, QString *error)
{
    *version = 0;
    QSqlQuery probe(db);
    // Touches the file header, so a file that is not a database fails here rather than later.
    if (db.driverName() == QLatin1String("QSQLITE") && !probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
        *error = probe.lastError().text();
        return false;
    }
    if (!hasSchemaTable(db))
        return true;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_info"))) {
        *error = query.lastError().text();
        return false;
    }
    if (query.next())
        *version = query.value(0).toInt();
    return true;
}

bool SchemaMigrator::migrate(QSqlDatabase &db, QString *error)
{
    int version = 0;
    if (!readVersion(db, &version, error))
        return false;
    const QList<Migration> steps = migrations(db);
    if (version > steps.size()) {
        *error = tr("The database version %1 is newer than this program's %2.").arg(version).arg(steps.size());
        return false;
    }
    if (version == steps.size())
        return true;

    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(db);
    if (!hasSchemaTable(db)) {
        if (!query.exec(QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)"))
            || !query.exec(QStringLiteral("INSERT INTO schema_info (version) VALUES (0)"))) {
            *error = query.lastError().text();
            return false;
        }
    }
    for (int next = version + 1; next <= steps.size(); ++next) {
        const Migration &step = steps.at(next - 1);
        QString failure;
        const auto run = [&query, &failure](const QStringList &statements) {
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    failure = query.lastError().text();
                    return false;
                }
            }
            return true;
        };
        if (!run(step.statements) || (step.fill && !step.fill(db, &failure)) || !run(step.afterFill)) {
            *error = tr("Migration to version %1 failed: %2").arg(next).arg(failure);
            return false;
        }
    }
    if (!query.prepare(QStringLiteral("UPDATE schema_info SET version = ?"))) {
        *error = query.lastError().text();
        return false;
    }
    query.addBindValue(steps.size());
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return transaction.commit(error);
}

} // namespace daihoi
