#include "ExchangeSchema.h"
#include <QSqlError>
#include <QSqlQuery>

namespace daihoi {

QStringList ExchangeSchema::statements(const QSqlDatabase &)
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS exchange_imports ("
                           " unit_code TEXT NOT NULL,"
                           " start_year INTEGER NOT NULL,"
                           " end_year INTEGER NOT NULL,"
                           // ISO 8601 UTC with milliseconds: text order is time order
                           " created TEXT NOT NULL,"
                           " fingerprint TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " PRIMARY KEY (unit_code, start_year, end_year))")};
}

bool ExchangeSchema::isApplied(const QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("exchange_imports"));
}

bool ExchangeSchema::ensure(QSqlDatabase db, QString *error)
{
    if (isApplied(db))
        return true;
    QSqlQuery query(db);
    for (const QString &statement : statements(db)) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace daihoi
