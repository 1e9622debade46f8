#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace daihoi {

// One prepared INSERT … RETURNING id run many times: the fast path for writing generated or
// imported rows inside a transaction the caller holds.
class BulkInserter
{
public:
    BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns);

    bool prepare(QString *error);
    // Inserts one row (values in the order of the columns) and gives its id.
    bool insert(const QVariantList &values, qint64 *id, QString *error);

private:
    QSqlQuery m_query;
    QString m_sql;
};

} // namespace daihoi
