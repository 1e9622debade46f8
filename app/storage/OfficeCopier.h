#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace daihoi {

// Copies every row of one daihoi database into another of the same schema version, in one transaction
// of the target: an SQLite file into an empty office server, or a server into a new SQLite file.
// Ids are kept, so every reference stays as it was.
class OfficeCopier
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::OfficeCopier)
public:
    // `where` names the target in messages. The target must hold no rows; it is left unchanged on failure.
    // *refused tells a refusal (not empty, other version) from a failure.
    static bool copy(QSqlDatabase from, QSqlDatabase to, const QString &where, QString *error, bool *refused);

private:
    // The tables in an order where each comes after those it references, read from the SQLite side.
    static bool tableOrder(QSqlDatabase sqlite, QStringList *tables, QStringList *selfReferences, QString *error);
    static bool copyTable(QSqlDatabase from, QSqlDatabase to, const QString &table, const QString &selfReference,
                          QString *error);
};

} // namespace daihoi
