#include "ExchangeSchema.h"

namespace daihoi {

QStringList ExchangeSchema::statements(const QSqlDatabase &)
{
    return {QStringLiteral("CREATE TABLE exchange_imports ("
                           " unit_code TEXT NOT NULL,"
                           " start_year INTEGER NOT NULL,"
                           " end_year INTEGER NOT NULL,"
                           // ISO 8601 UTC with milliseconds: text order is time order
                           " created TEXT NOT NULL,"
                           " fingerprint TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " PRIMARY KEY (unit_code, start_year, end_year))")};
}

} // namespace daihoi
