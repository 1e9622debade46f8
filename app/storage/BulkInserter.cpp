#include "BulkInserter.h"

#include <QSqlError>
#include <QStringList>

namespace daihoi {

BulkInserter::BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns)
    : m_query(db)
{
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    m_sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

bool BulkInserter::prepare(QString *error)
{
    if (m_query.prepare(m_sql))
        return true;
    *error = m_query.lastError().text();
    return false;
}

bool BulkInserter::insert(const QVariantList &values, qint64 *id, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec() || !m_query.next()) {
        *error = m_query.lastError().text();
        return false;
    }
    *id = m_query.value(0).toLongLong();
    m_query.finish();
    return true;
}

} // namespace daihoi
