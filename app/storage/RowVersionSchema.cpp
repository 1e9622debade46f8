#include "RowVersionSchema.h"

namespace daihoi {

QStringList RowVersionSchema::tables()
{
    return {QStringLiteral("congresses"), QStringLiteral("elections"), QStringLiteral("units")};
}

QStringList RowVersionSchema::statements(const QSqlDatabase &db)
{
    const bool server = db.driverName() == QLatin1String("QPSQL");
    QStringList statements;
    for (const QString &table : tables()) {
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0").arg(table));
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''").arg(table));
        // ISO text in UTC on SQLite, which has no time type.
        statements.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at %2")
                              .arg(table, server ? QStringLiteral("TIMESTAMPTZ") : QStringLiteral("TEXT")));
    }
    if (!server)
        return statements;
    // On the server the database names the clerk by their login, whatever a client writes: a clerk cannot
    // make a change look like someone else's.
    statements.append(QStringLiteral("CREATE OR REPLACE FUNCTION daihoi_stamp_change() RETURNS trigger "
                                     "LANGUAGE plpgsql AS $$ BEGIN"
                                     " NEW.changed_by := session_user; NEW.changed_at := now(); RETURN NEW;"
                                     " END $$"));
    for (const QString &table : tables()) {
        statements.append(QStringLiteral("CREATE TRIGGER %1_stamp_change BEFORE INSERT OR UPDATE ON %1 "
                                         "FOR EACH ROW EXECUTE FUNCTION daihoi_stamp_change()")
                              .arg(table));
    }
    return statements;
}

} // namespace daihoi
