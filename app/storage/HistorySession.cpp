#include "HistorySession.h"

#include "HistoryTables.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

namespace {

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

bool columnsOf(QSqlDatabase db, const QString &table, QStringList *columns, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT name FROM pragma_table_info('%1', 'main') ORDER BY cid").arg(table),
              error))
        return false;
    columns->clear();
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!HistoryTables::ignoredColumns().contains(name))
            columns->append(name);
    }
    return true;
}

QString jsonOf(const QString &row, const QStringList &columns)
{
    QStringList pairs;
    for (const QString &column : columns)
        pairs.append(QStringLiteral("'%1', %2.%1").arg(column, row));
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QString triggerName(const QString &table, const QString &action)
{
    return QStringLiteral("daihoi_history_%1_%2").arg(table, action);
}

const QStringList actions{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")};

QString trigger(const QString &table, const QString &action, const QStringList &columns)
{
    const QString row = action == QLatin1String("delete") ? QStringLiteral("OLD") : QStringLiteral("NEW");
    const auto column = [&row](const QString &name) { return row + QLatin1Char('.') + name; };
    QString when;
    if (action == QLatin1String("update")) {
        QStringList changed;
        for (const QString &name : columns)
            changed.append(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(name));
        when = QStringLiteral(" WHEN ") + changed.join(QStringLiteral(" OR "));
    }
    const QString oldRow = action == QLatin1String("insert") ? QStringLiteral("NULL") : jsonOf(QStringLiteral("OLD"), columns);
    const QString newRow = action == QLatin1String("delete") ? QStringLiteral("NULL") : jsonOf(QStringLiteral("NEW"), columns);
    return QStringLiteral("CREATE TEMP TRIGGER %1 AFTER %2 ON main.%3%4 BEGIN"
                          " INSERT INTO change_history (changed_at, login, table_name, row_id, unit_id, congress_id,"
                          " action, old_row, new_row) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
                          " (SELECT login FROM temp.daihoi_session), '%3', %5, %6, %7, '%8', %9, %10); END")
        .arg(triggerName(table, action), action.toUpper(), table, when, HistoryTables::rowIdExpression(table, column),
             HistoryTables::unitExpression(table, column), HistoryTables::congressExpression(table, column), action,
             oldRow)
        .arg(newRow);
}

} // namespace

bool HistorySession::install(QSqlDatabase db, const QString &login, QString *error)
{
    if (!db.tables().contains(QStringLiteral("change_history")))
        return true; // a database before schema version 8 is being read as it is
    QSqlQuery query(db);
    if (!setLogin(db, login, error))
        return false;
    for (const QString &table : HistoryTables::tracked()) {
        QStringList columns;
        if (!columnsOf(db, table, &columns, error))
            return false;
        for (const QString &action : actions) {
            if (!exec(query, QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(triggerName(table, action)), error)
                || !exec(query, trigger(table, action, columns), error))
                return false;
        }
    }
    return true;
}

bool HistorySession::setLogin(QSqlDatabase db, const QString &login, QString *error)
{
    // A temporary view rather than a table: it holds one value and stays out of the database's table list.
    QString literal = login;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    QSqlQuery query(db);
    return exec(query, QStringLiteral("DROP VIEW IF EXISTS temp.daihoi_session"), error)
           && exec(query, QStringLiteral("CREATE TEMP VIEW daihoi_session AS SELECT '%1' AS login").arg(literal), error);
}

bool HistorySession::login(QSqlDatabase db, QString *login, QString *error)
{
    *login = QString();
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT COUNT(*) FROM sqlite_temp_master WHERE name = 'daihoi_session'"), error)
        || !query.next())
        return false;
    if (query.value(0).toInt() == 0)
        return true;
    if (!exec(query, QStringLiteral("SELECT login FROM temp.daihoi_session"), error))
        return false;
    *login = query.next() ? query.value(0).toString() : QStringLiteral("");
    return true;
}

bool HistorySession::suspend(QSqlDatabase db, Suspension what, QString *error)
{
    QSqlQuery query(db);
    for (const QString &table : HistoryTables::tracked()) {
        if (what == KeepPackages && table == HistoryTables::packageTable())
            continue;
        for (const QString &action : actions) {
            if (!exec(query, QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(triggerName(table, action)), error))
                return false;
        }
    }
    return true;
}

} // namespace daihoi
