#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// Brings a database forward to the schema this program knows, one version at a time, in one transaction.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::SchemaMigrator)
public:
    static int currentVersion();
    // 0 for an empty database.
    static bool readVersion(QSqlDatabase &db, int *version, QString *error);
    static bool migrate(QSqlDatabase &db, QString *error);
};

} // namespace daihoi
