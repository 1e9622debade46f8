#include "HistorySchema.h"

#include "BallotsSchema.h"
#include "HistoryTables.h"
#include "PlansSchema.h"
#include "OfficeSetup.h"
#include "SchemaSql.h"

namespace daihoi {

namespace {

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('\'') + name + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

// One function for every table: the table's name picks how the row finds its congress and unit.
QString functionDefinition()
{
    const auto column = [](const QString &name) { return QStringLiteral("(v_row->>'%1')").arg(name); };
    QString owners;
    for (const QString &table : HistoryTables::tracked()) {
        owners += QStringLiteral("%1 TG_TABLE_NAME = '%2' THEN\n    v_congress := %3;\n    v_unit := %4;\n    v_id := %5;\n")
                      .arg(owners.isEmpty() ? QStringLiteral("  IF") : QStringLiteral("  ELSIF"), table,
                           HistoryTables::congressExpression(table, column),
                           HistoryTables::unitExpression(table, column),
                           HistoryTables::rowIdExpression(table, column));
    }
    owners += QStringLiteral("  END IF;\n");
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
               " SET search_path = public, pg_temp AS $body$\n"
               "DECLARE\n  v_old jsonb;\n  v_new jsonb;\n  v_row jsonb;\n  v_congress bigint;\n  v_unit bigint;\n  v_id bigint;\n"
               "BEGIN\n"
               "  IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD) - ARRAY[%2]::text[]; END IF;\n"
               "  IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW) - ARRAY[%2]::text[]; END IF;\n"
               "  IF TG_OP = 'UPDATE' AND v_old = v_new THEN RETURN NULL; END IF;\n"
               // Only a member of the owner role, who could drop the trigger anyway, may copy without it.
               "  IF current_setting('%3', true) = 'on' AND EXISTS (SELECT FROM pg_roles WHERE rolname = '%4')"
               " AND pg_has_role(session_user, '%4', 'MEMBER') THEN RETURN NULL; END IF;\n"
               "  v_row := COALESCE(v_new, v_old);\n"
               "%5"
               "  INSERT INTO change_history (changed_at, login, table_name, row_id, unit_id, congress_id, action,"
               " old_row, new_row)\n"
               "  VALUES (now(), session_user, TG_TABLE_NAME, v_id, v_unit, v_congress, lower(TG_OP),"
               " v_old, v_new);\n"
               "  RETURN NULL;\n"
               "END\n$body$")
        .arg(HistorySchema::serverFunction(), quotedList(HistoryTables::ignoredColumns()),
             HistorySchema::copySetting(), OfficeSetup::ownerRole(), owners);
}

} // namespace

QStringList HistorySchema::serverTriggers(const QStringList &tables)
{
    QStringList statements{functionDefinition(),
                           QStringLiteral("REVOKE ALL ON FUNCTION %1() FROM PUBLIC").arg(serverFunction())};
    for (const QString &table : tables) {
        statements.append(QStringLiteral("CREATE TRIGGER daihoi_history AFTER INSERT OR UPDATE OR DELETE ON %1"
                                         " FOR EACH ROW EXECUTE FUNCTION %2()")
                              .arg(table, serverFunction()));
    }
    return statements;
}

QStringList HistorySchema::statements(const QSqlDatabase &db)
{
    const bool server = isServer(db);
    // congress_id beside unit_id: a congress's history must still find the rows of an election deleted
    // with it, after the rows that tied them together are gone.
    QStringList statements{
        QStringLiteral("CREATE TABLE change_history ("
                       " id %1,"
                       " changed_at %2 NOT NULL,"
                       " login TEXT NOT NULL,"
                       " table_name TEXT NOT NULL,"
                       " row_id BIGINT NOT NULL,"
                       " unit_id BIGINT,"
                       " congress_id BIGINT,"
                       " action TEXT NOT NULL,"
                       " old_row %3,"
                       " new_row %3,"
                       " CHECK (action IN ('insert', 'update', 'delete')))")
            .arg(SchemaSql::idColumn(db), server ? QStringLiteral("TIMESTAMPTZ") : QStringLiteral("TEXT"),
                 server ? QStringLiteral("JSONB") : QStringLiteral("TEXT")),
        QStringLiteral("CREATE INDEX change_history_by_unit ON change_history(unit_id, id)"),
        QStringLiteral("CREATE INDEX change_history_by_congress ON change_history(congress_id, id)"),
        // One row's history, and the triggers' look-up of a deleted parent's last known owner.
        QStringLiteral("CREATE INDEX change_history_by_row ON change_history(table_name, row_id, id)"),
    };
    if (!server) {
        // The program never rewrites history; a mistaken tool or statement is stopped here.
        for (const char *event : {"UPDATE", "DELETE"}) {
            statements.append(QStringLiteral("CREATE TRIGGER change_history_kept_%1 BEFORE %2 ON change_history"
                                             " BEGIN SELECT RAISE(ABORT, 'The change history cannot be changed.');"
                                             " END")
                                  .arg(QString::fromLatin1(event).toLower(), QLatin1String(event)));
        }
        return statements;
    }
    // The tables of later versions get their triggers from those versions.
    QStringList tables = HistoryTables::tracked();
    for (const QString &later : BallotsSchema::tables() + PlansSchema::tables())
        tables.removeAll(later);
    statements += serverTriggers(tables);
    // Clerks read it (row-level rights narrow that to their units); nobody but the function writes it.
    statements.append(QStringLiteral("REVOKE ALL ON change_history FROM PUBLIC"));
    statements.append(QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN"
                                     " REVOKE ALL ON change_history FROM %1; GRANT SELECT ON change_history TO %1;"
                                     " END IF; END $$")
                          .arg(OfficeSetup::clerksRole()));
    return statements;
}

} // namespace daihoi
