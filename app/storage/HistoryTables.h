#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace daihoi {

// The tables whose changes the history records, and how a changed row finds the congress and the unit it
// belongs to. Shared by the PostgreSQL trigger function and SQLite's per-connection triggers, so both
// databases file a change under the same unit.
class HistoryTables
{
public:
    // Every data table a clerk changes; not the derived search words, nor schema_info or the history itself.
    static const QStringList &tracked();
    // The table whose rows record an imported package: its history row stands for the package's rows.
    static QString packageTable() { return QStringLiteral("exchange_imports"); }
    // Columns left out of the recorded rows and of the "did anything change" test: derived or bookkeeping
    // values that change with others (a name's search key, an edit counter).
    static const QStringList &ignoredColumns();
    // SQL giving the congress (or NULL) and the unit (or NULL) of a row of `table`; column(name) writes a
    // reference to one of the changed row's values in the dialect at hand (NEW.x, (r->>'x')::bigint). A row
    // whose parent was deleted in the same statement (a cascade) is found through the parent's history.
    static QString rowIdExpression(const QString &table, const std::function<QString(const QString &)> &column);
    static QString congressExpression(const QString &table, const std::function<QString(const QString &)> &column);
    static QString unitExpression(const QString &table, const std::function<QString(const QString &)> &column);
};

} // namespace daihoi
