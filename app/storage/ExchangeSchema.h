#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// The record of which export of each unit and term was imported last: how a re-import is recognised and
// how an older export is kept from replacing a newer one. ensure() creates the table when it is missing,
// until statements() is added to SchemaMigrator's list of migrations.
class ExchangeSchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
    static bool ensure(QSqlDatabase db, QString *error);
    static bool isApplied(const QSqlDatabase &db);
};

} // namespace daihoi
