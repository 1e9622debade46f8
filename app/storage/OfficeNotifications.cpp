#include "OfficeNotifications.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

namespace {

// A data table, and how a changed row `r` reaches its unit and its congress (SQL expressions, with joins).
struct NotifyingTable
{
    const char *name;
    const char *unit;
    const char *congress;
    const char *joins;
    const char *id = "r.id"; // the row's number (its parent's for a row keyed by parent and number)
};

// Derived tables (search words), the schema version and the exchange log notify nothing: they change only
// with the tables below.
constexpr NotifyingTable notifyingTables[] = {
    {"units", "r.id", "NULL::bigint", ""},
    {"terms", "NULL::bigint", "NULL::bigint", ""},
    {"congresses", "r.unit_id", "r.id", ""},
    {"congress_guests", "c.unit_id", "r.congress_id", "LEFT JOIN congresses c ON c.id = r.congress_id"},
    {"congress_people", "c.unit_id", "r.congress_id", "LEFT JOIN congresses c ON c.id = r.congress_id"},
    {"elections", "c.unit_id", "r.congress_id", "LEFT JOIN congresses c ON c.id = r.congress_id"},
    {"election_rounds", "c.unit_id", "e.congress_id",
     "LEFT JOIN elections e ON e.id = r.election_id LEFT JOIN congresses c ON c.id = e.congress_id"},
    {"round_candidates", "c.unit_id", "e.congress_id",
     "LEFT JOIN election_rounds er ON er.id = r.round_id LEFT JOIN elections e ON e.id = er.election_id"
     " LEFT JOIN congresses c ON c.id = e.congress_id"},
    {"people", "NULL::bigint", "NULL::bigint", ""},
    {"committee_members", "c.unit_id", "r.congress_id", "LEFT JOIN congresses c ON c.id = r.congress_id"},
    {"congress_targets", "c.unit_id", "r.congress_id", "LEFT JOIN congresses c ON c.id = r.congress_id"},
    {"congress_directions", "c.unit_id", "r.congress_id", "LEFT JOIN congresses c ON c.id = r.congress_id"},
    {"unit_year_ratings", "r.unit_id", "NULL::bigint", ""},
    {"ballot_countings", "c.unit_id", "e.congress_id",
     "LEFT JOIN elections e ON e.id = r.election_id LEFT JOIN congresses c ON c.id = e.congress_id", "r.election_id"},
    {"ballot_entries", "c.unit_id", "e.congress_id",
     "LEFT JOIN elections e ON e.id = r.election_id LEFT JOIN congresses c ON c.id = e.congress_id"},
    {"entered_ballots", "c.unit_id", "e.congress_id",
     "LEFT JOIN ballot_entries be ON be.id = r.entry_id LEFT JOIN elections e ON e.id = be.election_id"
     " LEFT JOIN congresses c ON c.id = e.congress_id",
     "r.entry_id"},
    {"ballot_corrections", "c.unit_id", "e.congress_id",
     "LEFT JOIN elections e ON e.id = r.election_id LEFT JOIN congresses c ON c.id = e.congress_id"},
    {"plans", "r.unit_id", "NULL::bigint", ""},
    {"plan_schedule", "p.unit_id", "NULL::bigint", "LEFT JOIN plans p ON p.id = r.plan_id", "r.plan_id"},
    {"plan_work_items", "p.unit_id", "NULL::bigint", "LEFT JOIN plans p ON p.id = r.plan_id", "r.plan_id"},
};

// Sends one statement's change, or nothing once the transaction has sent its share. The count lives in a
// transaction-local setting, so it starts again at zero with every transaction.
QString sendFunction()
{
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION daihoi_send_change(table_name text, op text, row_count bigint,"
               " row_id bigint, unit_count bigint, unit_id bigint, congress_count bigint, congress_id bigint)"
               " RETURNS void LANGUAGE plpgsql AS $f$"
               " DECLARE sent integer := coalesce(nullif(current_setting('daihoi.notified', true), ''), "
               "'0')::integer;"
               " BEGIN"
               "  IF row_count = 0 OR sent > %1 THEN RETURN; END IF;"
               "  PERFORM set_config('daihoi.notified', (sent + 1)::text, true);"
               "  IF sent = %1 THEN"
               "   PERFORM pg_notify('%2', json_build_object('table', '*', 'op', 'MANY', 'pid', "
               "pg_backend_pid())::text);"
               "   RETURN;"
               "  END IF;"
               "  PERFORM pg_notify('%2', json_build_object('table', table_name, 'op', op,"
               "   'id', CASE WHEN row_count = 1 THEN row_id END,"
               "   'unit', CASE WHEN unit_count = 1 THEN unit_id END,"
               "   'congress', CASE WHEN congress_count = 1 THEN congress_id END,"
               "   'rows', row_count, 'pid', pg_backend_pid())::text);"
               " END $f$")
        .arg(OfficeNotifications::PerTransaction)
        .arg(OfficeNotifications::channel());
}

// One function per table, run once per statement with the statement's rows (a transition table), so a
// statement that writes many rows sends one notification, naming the unit when they all belong to one.
QString tableFunction(const NotifyingTable &t)
{
    const QString select =
        QStringLiteral("SELECT count(*), min(%3), count(DISTINCT %1), min(%1),"
                       " count(DISTINCT %2), min(%2) INTO row_count, row_id, unit_count, unit_id,"
                       " congress_count, congress_id FROM %4 r %5;")
            .arg(QLatin1String(t.unit), QLatin1String(t.congress), QLatin1String(t.id));
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION daihoi_notify_%1() RETURNS trigger LANGUAGE plpgsql AS $f$"
               " DECLARE row_count bigint; row_id bigint; unit_count bigint; unit_id bigint;"
               " congress_count bigint; congress_id bigint;"
               " BEGIN"
               // A bulk write past its share costs one setting read per statement.
               "  IF coalesce(nullif(current_setting('daihoi.notified', true), ''), '0')::integer > %2 THEN"
               "   RETURN NULL; END IF;"
               "  IF TG_OP = 'DELETE' THEN %3 ELSE %4 END IF;"
               "  PERFORM daihoi_send_change(TG_TABLE_NAME, TG_OP, row_count, row_id, unit_count, unit_id,"
               "   congress_count, congress_id);"
               "  RETURN NULL;"
               " END $f$")
        .arg(QLatin1String(t.name))
        .arg(OfficeNotifications::PerTransaction)
        .arg(select.arg(QStringLiteral("old_rows"), QLatin1String(t.joins)),
             select.arg(QStringLiteral("new_rows"), QLatin1String(t.joins)));
}

} // namespace

QStringList OfficeNotifications::tables()
{
    QStringList names;
    for (const NotifyingTable &t : notifyingTables)
        names.append(QLatin1String(t.name));
    return names;
}

bool OfficeNotifications::install(QSqlDatabase db, QString *error)
{
    QStringList statements{sendFunction()};
    for (const NotifyingTable &t : notifyingTables) {
        const QString table = QLatin1String(t.name);
        statements.append(tableFunction(t));
        // A trigger with a transition table serves one event, hence three per table.
        const QList<QPair<QString, QString>> events = {
            {QStringLiteral("INSERT"), QStringLiteral("NEW TABLE AS new_rows")},
            {QStringLiteral("UPDATE"), QStringLiteral("NEW TABLE AS new_rows")},
            {QStringLiteral("DELETE"), QStringLiteral("OLD TABLE AS old_rows")}};
        for (const auto &[event, transition] : events) {
            const QString trigger = QStringLiteral("daihoi_notify_%1_%2").arg(table, event.toLower());
            statements.append(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(trigger, table));
            statements.append(QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING %4"
                                             " FOR EACH STATEMENT EXECUTE FUNCTION daihoi_notify_%3()")
                                  .arg(trigger, event, table, transition));
        }
    }
    QSqlQuery query(db);
    // DROP TRIGGER IF EXISTS tells of every trigger not there yet; `office init` need not print them.
    QString messages = QStringLiteral("notice");
    if (query.exec(QStringLiteral("SHOW client_min_messages")) && query.next())
        messages = query.value(0).toString();
    statements.prepend(QStringLiteral("SET client_min_messages = warning"));
    statements.append(QStringLiteral("SET client_min_messages = %1").arg(messages));
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("Cannot install the change notifications: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace daihoi
