#include "ExportOrder.h"

#include "storage/QueryRunner.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace daihoi {

ExportOrder::~ExportOrder()
{
    if (m_created)
        QSqlQuery(m_db).exec(QStringLiteral("DROP TABLE %1").arg(table()));
}

bool ExportOrder::build(qint64 topId, QString *error)
{
    // Ids only, for the whole tree: a few megabytes at national size, and one query.
    QHash<qint64, QList<qint64>> children;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!QueryRunner::run(query,
                              QStringLiteral("SELECT id, parent_id FROM units WHERE parent_id IS NOT NULL "
                                             "ORDER BY position, id"),
                              {}, error))
            return false;
        while (query.next())
            children[query.value(1).toLongLong()].append(query.value(0).toLongLong());
    }
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("CREATE TEMP TABLE %1 (ord INTEGER PRIMARY KEY, unit_id BIGINT NOT NULL)")
                              .arg(table()),
                          {}, error))
        return false;
    m_created = true;
    Transaction transaction(m_db);
    if (!transaction.begin(error)
        || !query.prepare(QStringLiteral("INSERT INTO %1 (ord, unit_id) VALUES (?, ?)").arg(table()))) {
        if (error->isEmpty())
            *error = query.lastError().text();
        return false;
    }
    // Depth first, each unit followed by its subtree: a stack of units still to visit.
    QList<qint64> stack{topId};
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        query.bindValue(0, ++m_unitCount);
        query.bindValue(1, id);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        const QList<qint64> below = children.value(id);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            stack.append(*it);
    }
    return transaction.commit(error);
}

} // namespace daihoi
