#include "QuerySnapshot.h"

#include "QueryRunner.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

namespace daihoi {

namespace {
QAtomicInt snapshotCount;
}

QuerySnapshot::QuerySnapshot(QSqlDatabase db)
    : m_db(db)
{
}

QuerySnapshot::~QuerySnapshot()
{
    drop();
}

void QuerySnapshot::drop()
{
    if (!m_table.isEmpty() && m_db.isOpen())
        QSqlQuery(m_db).exec(QStringLiteral("DROP TABLE %1").arg(m_table));
    m_table.clear();
    m_rows = 0;
}

bool QuerySnapshot::take(const QString &select, const QString &orderBy, const QVariantList &values, QString *error)
{
    drop();
    const QString table = QStringLiteral("snapshot_%1").arg(snapshotCount.fetchAndAddRelaxed(1) + 1);
    QSqlQuery query(m_db);
    QString create = QStringLiteral("CREATE TEMPORARY TABLE %1 AS SELECT q.*, ROW_NUMBER() OVER (ORDER BY %2) "
                                    "AS snapshot_row FROM (%3) q")
                         .arg(table, orderBy, select);
    QVariantList bound = values;
    if (m_db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        // PostgreSQL cannot prepare CREATE TABLE AS, so the values go in as literals the driver escapes.
        QString inlined;
        qsizetype next = 0;
        bool quoted = false;
        for (const QChar c : std::as_const(create)) {
            if (c == QLatin1Char('\''))
                quoted = !quoted;
            if (c != QLatin1Char('?') || quoted || next >= bound.size()) {
                inlined.append(c);
                continue;
            }
            const QVariant &value = bound.at(next++);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            inlined.append(m_db.driver()->formatValue(field));
        }
        create = inlined;
        bound.clear();
    }
    if (!QueryRunner::run(query, create, bound, error))
        return false;
    m_table = table;
    if (!QueryRunner::run(query, QStringLiteral("CREATE UNIQUE INDEX %1_row ON %1 (snapshot_row)").arg(table), {},
                          error)
        || !QueryRunner::run(query, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {}, error))
        return false;
    m_rows = query.next() ? query.value(0).toInt() : 0;
    return true;
}

bool QuerySnapshot::page(int offset, int limit, QSqlQuery *query, QString *error) const
{
    query->setForwardOnly(true);
    return QueryRunner::run(*query,
                            QStringLiteral("SELECT * FROM %1 WHERE snapshot_row > ? AND snapshot_row <= ? "
                                           "ORDER BY snapshot_row")
                                .arg(m_table),
                            {offset, qint64(offset) + limit}, error);
}

} // namespace daihoi
