#include "OfficeRights.h"

#include "OfficeSetup.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

namespace {

const QString admin = QStringLiteral("(SELECT daihoi_is_admin())");

QString readable(const QString &column)
{
    return column + QStringLiteral(" IN (SELECT daihoi_readable_units())");
}

QString writable(const QString &column)
{
    return column + QStringLiteral(" IN (SELECT daihoi_writable_units())");
}

// A row of a congress's own tables follows its congress. EXISTS rather than IN: a clerk's query for one
// congress's rows looks its congress up by key instead of listing every congress the clerk may read.
QString congressReadable(const QString &column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM congresses c WHERE c.id = %1)").arg(column);
}

QString congressWritable(const QString &column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM congresses c WHERE c.id = %1 AND %2)")
        .arg(column, writable(QStringLiteral("c.unit_id")));
}

// A row of an election's own tables (the ballot-by-ballot count) follows its election's congress.
QString electionReadable(const QString &column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM elections e WHERE e.id = %1)").arg(column);
}

QString electionWritable(const QString &column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM elections e WHERE e.id = %1 AND %2)")
        .arg(column, congressWritable(QStringLiteral("e.congress_id")));
}

// A plan's timetable lines and work items follow the committee that issued the plan.
QString planReadable(const QString &column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM plans p WHERE p.id = %1)").arg(column);
}

QString planWritable(const QString &column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM plans p WHERE p.id = %1 AND %2)")
        .arg(column, writable(QStringLiteral("p.unit_id")));
}

// A person belongs to the units whose committees name them; while one transaction writes a committee,
// the people it has just added or detached are its own (daihoi_people_in_writing), so a new person row
// can be inserted (and returned) before the committee row that names it.
QString personWritable(const QString &column)
{
    return QStringLiteral(
               "(EXISTS (SELECT 1 FROM committee_members m JOIN congresses c ON c.id = m.congress_id"
               " WHERE m.person_id = %1 AND %2) OR %1 IN (SELECT daihoi_people_in_writing()))")
        .arg(column, writable(QStringLiteral("c.unit_id")));
}

struct TableRights
{
    QString table;
    QString read;             // USING of SELECT
    QString insert;           // WITH CHECK of INSERT
    QString change;           // USING and WITH CHECK of UPDATE
    QString remove;           // USING of DELETE
    QString changeCheck = {}; // WITH CHECK of UPDATE when it differs from `change`
};

QList<TableRights> tableRights()
{
    const QString no = QStringLiteral("false");
    const QString anyWriter = QStringLiteral("(SELECT daihoi_may_write_some())");
    const QString unitRead = readable(QStringLiteral("unit_id"));
    const QString unitWrite = writable(QStringLiteral("unit_id"));
    return {
        // A unit below a granted one is readable. A unit this transaction has just added is its own, so it
        // comes back from INSERT ... RETURNING (daihoi_units_in_writing).
        {QStringLiteral("units"),
         readable(QStringLiteral("id")) + QStringLiteral(" OR id IN (SELECT daihoi_units_in_writing())"),
         writable(QStringLiteral("parent_id")), writable(QStringLiteral("id")),
         writable(QStringLiteral("parent_id")),
         // Moved only under a writable unit; a granted unit itself may be renamed where it stands.
         writable(QStringLiteral("id")) + QStringLiteral(" AND (") + writable(QStringLiteral("parent_id")) +
             QStringLiteral(" OR daihoi_unit_keeps_parent(id, parent_id))")},
        // Terms are shared by every unit: any clerk who writes somewhere may add one, only administrators
        // change or remove one.
        {QStringLiteral("terms"), QStringLiteral("true"), anyWriter, no, no},
        {QStringLiteral("congresses"), unitRead, unitWrite, unitWrite, unitWrite},
        {QStringLiteral("unit_year_ratings"), unitRead, unitWrite, unitWrite, unitWrite},
        {QStringLiteral("plans"), unitRead, unitWrite, unitWrite, unitWrite},
        {QStringLiteral("plan_schedule"), planReadable(QStringLiteral("plan_schedule.plan_id")),
         planWritable(QStringLiteral("plan_schedule.plan_id")), planWritable(QStringLiteral("plan_schedule.plan_id")),
         planWritable(QStringLiteral("plan_schedule.plan_id"))},
        {QStringLiteral("plan_work_items"), planReadable(QStringLiteral("plan_work_items.plan_id")),
         planWritable(QStringLiteral("plan_work_items.plan_id")),
         planWritable(QStringLiteral("plan_work_items.plan_id")),
         planWritable(QStringLiteral("plan_work_items.plan_id"))},
        {QStringLiteral("unit_words"), unitRead, unitWrite, unitWrite, unitWrite},
        {QStringLiteral("congress_guests"), congressReadable(QStringLiteral("congress_guests.congress_id")),
         congressWritable(QStringLiteral("congress_guests.congress_id")),
         congressWritable(QStringLiteral("congress_guests.congress_id")),
         congressWritable(QStringLiteral("congress_guests.congress_id"))},
        {QStringLiteral("congress_people"), congressReadable(QStringLiteral("congress_people.congress_id")),
         congressWritable(QStringLiteral("congress_people.congress_id")),
         congressWritable(QStringLiteral("congress_people.congress_id")),
         congressWritable(QStringLiteral("congress_people.congress_id"))},
        {QStringLiteral("elections"), congressReadable(QStringLiteral("elections.congress_id")),
         congressWritable(QStringLiteral("elections.congress_id")),
         congressWritable(QStringLiteral("elections.congress_id")),
         congressWritable(QStringLiteral("elections.congress_id"))},
        {QStringLiteral("committee_members"),
         congressReadable(QStringLiteral("committee_members.congress_id")),
         congressWritable(QStringLiteral("committee_members.congress_id")),
         congressWritable(QStringLiteral("committee_members.congress_id")),
         congressWritable(QStringLiteral("committee_members.congress_id"))},
        {QStringLiteral("congress_targets"), congressReadable(QStringLiteral("congress_targets.congress_id")),
         congressWritable(QStringLiteral("congress_targets.congress_id")),
         congressWritable(QStringLiteral("congress_targets.congress_id")),
         congressWritable(QStringLiteral("congress_targets.congress_id"))},
        {QStringLiteral("congress_directions"),
         congressReadable(QStringLiteral("congress_directions.congress_id")),
         congressWritable(QStringLiteral("congress_directions.congress_id")),
         congressWritable(QStringLiteral("congress_directions.congress_id")),
         congressWritable(QStringLiteral("congress_directions.congress_id"))},
        {QStringLiteral("election_rounds"),
         QStringLiteral("EXISTS (SELECT 1 FROM elections e WHERE e.id = election_rounds.election_id)"),
         QStringLiteral("EXISTS (SELECT 1 FROM elections e WHERE e.id = election_rounds.election_id AND %1)")
             .arg(congressWritable(QStringLiteral("e.congress_id"))),
         QStringLiteral("EXISTS (SELECT 1 FROM elections e WHERE e.id = election_rounds.election_id AND %1)")
             .arg(congressWritable(QStringLiteral("e.congress_id"))),
         QStringLiteral("EXISTS (SELECT 1 FROM elections e WHERE e.id = election_rounds.election_id AND %1)")
             .arg(congressWritable(QStringLiteral("e.congress_id")))},
        {QStringLiteral("round_candidates"),
         QStringLiteral("EXISTS (SELECT 1 FROM election_rounds r WHERE r.id = round_candidates.round_id)"),
         QStringLiteral("EXISTS (SELECT 1 FROM election_rounds r JOIN elections e ON e.id = r.election_id"
                        " WHERE r.id = round_candidates.round_id AND %1)")
             .arg(congressWritable(QStringLiteral("e.congress_id"))),
         QStringLiteral("EXISTS (SELECT 1 FROM election_rounds r JOIN elections e ON e.id = r.election_id"
                        " WHERE r.id = round_candidates.round_id AND %1)")
             .arg(congressWritable(QStringLiteral("e.congress_id"))),
         QStringLiteral("EXISTS (SELECT 1 FROM election_rounds r JOIN elections e ON e.id = r.election_id"
                        " WHERE r.id = round_candidates.round_id AND %1)")
             .arg(congressWritable(QStringLiteral("e.congress_id")))},
        {QStringLiteral("ballot_countings"), electionReadable(QStringLiteral("ballot_countings.election_id")),
         electionWritable(QStringLiteral("ballot_countings.election_id")),
         electionWritable(QStringLiteral("ballot_countings.election_id")),
         electionWritable(QStringLiteral("ballot_countings.election_id"))},
        {QStringLiteral("ballot_entries"), electionReadable(QStringLiteral("ballot_entries.election_id")),
         electionWritable(QStringLiteral("ballot_entries.election_id")),
         electionWritable(QStringLiteral("ballot_entries.election_id")),
         electionWritable(QStringLiteral("ballot_entries.election_id"))},
        {QStringLiteral("entered_ballots"),
         QStringLiteral("EXISTS (SELECT 1 FROM ballot_entries b WHERE b.id = entered_ballots.entry_id)"),
         QStringLiteral("EXISTS (SELECT 1 FROM ballot_entries b WHERE b.id = entered_ballots.entry_id AND %1)")
             .arg(electionWritable(QStringLiteral("b.election_id"))),
         QStringLiteral("EXISTS (SELECT 1 FROM ballot_entries b WHERE b.id = entered_ballots.entry_id AND %1)")
             .arg(electionWritable(QStringLiteral("b.election_id"))),
         QStringLiteral("EXISTS (SELECT 1 FROM ballot_entries b WHERE b.id = entered_ballots.entry_id AND %1)")
             .arg(electionWritable(QStringLiteral("b.election_id")))},
        // The entry log's corrections are added, never changed; they go only with their election.
        {QStringLiteral("ballot_corrections"), electionReadable(QStringLiteral("ballot_corrections.election_id")),
         electionWritable(QStringLiteral("ballot_corrections.election_id")), no, no},
        {QStringLiteral("people"),
         QStringLiteral("EXISTS (SELECT 1 FROM committee_members m WHERE m.person_id = people.id)"
                        " OR people.id IN (SELECT daihoi_people_in_writing())"),
         anyWriter, personWritable(QStringLiteral("people.id")), personWritable(QStringLiteral("people.id"))},
        {QStringLiteral("person_words"),
         QStringLiteral("EXISTS (SELECT 1 FROM people p WHERE p.id = person_words.person_id)"),
         personWritable(QStringLiteral("person_words.person_id")),
         personWritable(QStringLiteral("person_words.person_id")),
         personWritable(QStringLiteral("person_words.person_id"))},
        {QStringLiteral("exchange_imports"), QStringLiteral("unit_code IN (SELECT code FROM units)"),
         QStringLiteral("unit_code IN (SELECT code FROM units WHERE %1)").arg(writable(QStringLiteral("id"))),
         QStringLiteral("unit_code IN (SELECT code FROM units WHERE %1)").arg(writable(QStringLiteral("id"))),
         QStringLiteral("unit_code IN (SELECT code FROM units WHERE %1)")
             .arg(writable(QStringLiteral("id")))},
        {QStringLiteral("schema_info"), QStringLiteral("true"), no, no, no},
        // A clerk sees their own grants (what the program may offer); only administrators change any.
        {QStringLiteral("office_grants"), QStringLiteral("login = session_user"), no, no, no},
    };
}

// The rights follow the login (session_user), which a clerk cannot change; they are read by functions
// running as the owner, so the grants and the whole unit tree stay out of the clerks' reach.
const char *const functions[] = {
    R"(CREATE OR REPLACE FUNCTION daihoi_is_admin() RETURNS boolean
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
         SELECT pg_has_role(session_user, 'daihoi_admins', 'MEMBER')
             OR pg_has_role(session_user, 'daihoi_owner', 'MEMBER') $$)",
    R"(CREATE OR REPLACE FUNCTION daihoi_readable_units() RETURNS SETOF bigint
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public ROWS 1000 AS $$
         WITH RECURSIVE granted(id) AS (
           SELECT unit_id FROM office_grants WHERE login = session_user
           UNION ALL SELECT u.id FROM units u JOIN granted g ON u.parent_id = g.id)
         SELECT id FROM granted $$)",
    R"(CREATE OR REPLACE FUNCTION daihoi_writable_units() RETURNS SETOF bigint
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public ROWS 1000 AS $$
         WITH RECURSIVE granted(id) AS (
           SELECT unit_id FROM office_grants WHERE login = session_user AND may_write
           UNION ALL SELECT u.id FROM units u JOIN granted g ON u.parent_id = g.id)
         SELECT id FROM granted $$)",
    R"(CREATE OR REPLACE FUNCTION daihoi_may_write_some() RETURNS boolean
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
         SELECT EXISTS (SELECT 1 FROM office_grants WHERE login = session_user AND may_write) $$)",
    // One unit at a time, walking up to a granted unit: for triggers and for clients asking about one row.
    R"(CREATE OR REPLACE FUNCTION daihoi_may_read_unit(unit bigint) RETURNS boolean
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
         SELECT daihoi_is_admin() OR EXISTS (
           WITH RECURSIVE up(id, parent_id) AS (
             SELECT id, parent_id FROM units WHERE id = unit
             UNION ALL SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id)
           SELECT 1 FROM up JOIN office_grants g ON g.unit_id = up.id WHERE g.login = session_user) $$)",
    R"(CREATE OR REPLACE FUNCTION daihoi_may_write_unit(unit bigint) RETURNS boolean
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
         SELECT daihoi_is_admin() OR EXISTS (
           WITH RECURSIVE up(id, parent_id) AS (
             SELECT id, parent_id FROM units WHERE id = unit
             UNION ALL SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id)
           SELECT 1 FROM up JOIN office_grants g ON g.unit_id = up.id
           WHERE g.login = session_user AND g.may_write) $$)",
    // STABLE: sees the unit as it was before the UPDATE being checked.
    R"(CREATE OR REPLACE FUNCTION daihoi_unit_keeps_parent(unit bigint, parent bigint) RETURNS boolean
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
         SELECT EXISTS (SELECT 1 FROM units WHERE id = unit AND parent_id IS NOT DISTINCT FROM parent) $$)",
    // VOLATILE: sees the row the BEFORE INSERT trigger has just recorded for the statement being checked.
    R"(CREATE OR REPLACE FUNCTION daihoi_people_in_writing() RETURNS SETOF bigint
       LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public ROWS 10 AS $$
         SELECT person_id FROM office_people_in_writing WHERE xact = pg_current_xact_id_if_assigned() $$)",
    R"(CREATE OR REPLACE FUNCTION daihoi_units_in_writing() RETURNS SETOF bigint
       LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public ROWS 10 AS $$
         SELECT unit_id FROM office_units_in_writing WHERE xact = pg_current_xact_id_if_assigned() $$)",
    // The top of the tree a login sees: the real top for administrators, else each granted unit with no
    // granted unit above it. Walks up from the few grants instead of listing the units readable.
    R"(CREATE OR REPLACE FUNCTION daihoi_top_units() RETURNS SETOF bigint
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public ROWS 10 AS $$
         SELECT id FROM units WHERE parent_id IS NULL AND daihoi_is_admin()
         UNION ALL
         SELECT g.unit_id FROM office_grants g WHERE g.login = session_user AND NOT daihoi_is_admin()
           AND NOT EXISTS (
             WITH RECURSIVE up(id) AS (
               SELECT parent_id FROM units WHERE id = g.unit_id
               UNION ALL SELECT u.parent_id FROM units u JOIN up ON u.id = up.id)
             SELECT 1 FROM up JOIN office_grants o ON o.unit_id = up.id AND o.login = session_user) $$)",
    R"(CREATE OR REPLACE FUNCTION daihoi_unit_added() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
       BEGIN
         IF NOT daihoi_is_admin() THEN
           INSERT INTO office_units_in_writing (unit_id, xact) VALUES (NEW.id, pg_current_xact_id())
             ON CONFLICT (unit_id) DO UPDATE SET xact = EXCLUDED.xact;
         END IF;
         RETURN NEW;
       END $$)",
    "CREATE OR REPLACE TRIGGER daihoi_unit_added BEFORE INSERT ON units"
    " FOR EACH ROW EXECUTE FUNCTION daihoi_unit_added()",
    R"(CREATE OR REPLACE FUNCTION daihoi_person_added() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
       BEGIN
         IF NOT daihoi_is_admin() THEN
           INSERT INTO office_people_in_writing (person_id, xact) VALUES (NEW.id, pg_current_xact_id())
             ON CONFLICT (person_id) DO UPDATE SET xact = EXCLUDED.xact;
         END IF;
         RETURN NEW;
       END $$)",
    R"(CREATE OR REPLACE FUNCTION daihoi_member_left() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
       BEGIN
         IF NOT daihoi_is_admin() THEN
           INSERT INTO office_people_in_writing (person_id, xact) VALUES (OLD.person_id, pg_current_xact_id())
             ON CONFLICT (person_id) DO UPDATE SET xact = EXCLUDED.xact;
         END IF;
         RETURN NULL;
       END $$)",
    R"(CREATE OR REPLACE FUNCTION daihoi_member_joined() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
       BEGIN
         IF NOT daihoi_is_admin() THEN
           DELETE FROM office_people_in_writing WHERE person_id = NEW.person_id;
         END IF;
         RETURN NULL;
       END $$)",
    "CREATE OR REPLACE TRIGGER daihoi_person_added BEFORE INSERT ON people"
    " FOR EACH ROW EXECUTE FUNCTION daihoi_person_added()",
    "CREATE OR REPLACE TRIGGER daihoi_member_left AFTER DELETE ON committee_members"
    " FOR EACH ROW EXECUTE FUNCTION daihoi_member_left()",
    "CREATE OR REPLACE TRIGGER daihoi_member_joined AFTER INSERT ON committee_members"
    " FOR EACH ROW EXECUTE FUNCTION daihoi_member_joined()",
};

QStringList policyStatements(const TableRights &t)
{
    const auto either = [](const QString &expression) { return admin + QStringLiteral(" OR ") + expression; };
    QStringList statements{QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t.table)};
    const QList<std::pair<QString, QString>> policies{
        {QStringLiteral("daihoi_read"), QStringLiteral("FOR SELECT USING (%1)").arg(either(t.read))},
        {QStringLiteral("daihoi_insert"), QStringLiteral("FOR INSERT WITH CHECK (%1)").arg(either(t.insert))},
        {QStringLiteral("daihoi_update"),
         QStringLiteral("FOR UPDATE USING (%1) WITH CHECK (%2)")
             .arg(either(t.change), either(t.changeCheck.isEmpty() ? t.change : t.changeCheck))},
        {QStringLiteral("daihoi_delete"), QStringLiteral("FOR DELETE USING (%1)").arg(either(t.remove))},
    };
    for (const auto &[name, body] : policies) {
        statements.append(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, t.table));
        statements.append(QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, t.table, body));
    }
    return statements;
}

QStringList installStatements()
{
    const QString clerks = OfficeSetup::clerksRole();
    const QString admins = OfficeRights::adminsRole();
    QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS office_grants ("
                       " login TEXT NOT NULL,"
                       " unit_id BIGINT NOT NULL REFERENCES units(id) ON DELETE CASCADE,"
                       " may_write BOOLEAN NOT NULL DEFAULT true,"
                       " PRIMARY KEY (login, unit_id))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS office_grants_by_unit ON office_grants(unit_id)"),
        // The people a transaction is writing, keyed by that transaction: see personWritable.
        QStringLiteral("CREATE TABLE IF NOT EXISTS office_people_in_writing ("
                       " person_id BIGINT PRIMARY KEY, xact xid8 NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS office_units_in_writing ("
                       " unit_id BIGINT PRIMARY KEY, xact xid8 NOT NULL)"),
        QStringLiteral("ALTER TABLE office_people_in_writing ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE office_units_in_writing ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("REVOKE ALL ON office_people_in_writing, office_units_in_writing FROM PUBLIC"),
    };
    for (const char *function : functions)
        statements.append(QString::fromUtf8(function));
    QStringList dataTables;
    for (const TableRights &t : tableRights()) {
        statements += policyStatements(t);
        if (t.table != QLatin1String("schema_info") && t.table != QLatin1String("office_grants"))
            dataTables.append(t.table);
    }
    statements += {
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2")
            .arg(dataTables.join(QStringLiteral(", ")), clerks),
        QStringLiteral("GRANT SELECT ON schema_info, office_grants TO %1").arg(clerks),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON office_grants TO %1").arg(admins),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(clerks),
        // The change history, once a migration has added it: read for the units a clerk reads, never
        // written by a clerk (its SECURITY DEFINER triggers write it), not even by an administrator.
        QStringLiteral(R"(DO $$ BEGIN
             IF to_regclass('public.change_history') IS NOT NULL THEN
               ALTER TABLE change_history ENABLE ROW LEVEL SECURITY;
               DROP POLICY IF EXISTS daihoi_read ON change_history;
               CREATE POLICY daihoi_read ON change_history FOR SELECT
                 USING ((SELECT daihoi_is_admin()) OR unit_id IN (SELECT daihoi_readable_units()));
               REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON change_history FROM PUBLIC, %1, %2;
               GRANT SELECT ON change_history TO %1;
             END IF;
           END $$)")
            .arg(clerks, admins),
    };
    return statements;
}

// Roles belong to the whole server, so a second office on the same server reuses them.
QString createRoleUnlessThere(const QString &role)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN"
                          " CREATE ROLE %1 NOLOGIN; END IF; END $$")
        .arg(role);
}

} // namespace

bool OfficeRights::install(QSqlDatabase db, QString *error)
{
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(db);
    const auto run = [&query, error](const QString &statement) {
        if (query.exec(statement))
            return true;
        *error = tr("Cannot install the clerks' rights: %1").arg(query.lastError().text());
        return false;
    };
    // The administrators' group is created by the connected role; the rest belongs to the owner, so the
    // functions run as the owner, whom the policies do not restrict.
    // Notices (a policy not there yet to drop) would land on the administrator's terminal.
    if (!run(QStringLiteral("SET LOCAL client_min_messages = warning")) ||
        !run(createRoleUnlessThere(adminsRole())) ||
        !run(QStringLiteral("GRANT %1 TO %2").arg(OfficeSetup::clerksRole(), adminsRole())) ||
        !run(QStringLiteral("SET LOCAL ROLE %1").arg(OfficeSetup::ownerRole())))
        return false;
    for (const QString &statement : installStatements()) {
        if (!run(statement))
            return false;
    }
    if (!run(QStringLiteral("RESET ROLE")))
        return false;
    return transaction.commit(error);
}

} // namespace daihoi
