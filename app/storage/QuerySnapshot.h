#pragma once

#include <QSqlDatabase>
#include <QVariantList>

class QSqlQuery;

namespace daihoi {

// A query's rows, numbered in their order, kept in a temporary table: a list of a few hundred
// thousand rows (every unit of the country) is then scrolled at the cost of a page per step, where
// LIMIT/OFFSET would run the whole query again for each page. Dropped when destroyed.
class QuerySnapshot
{
public:
    explicit QuerySnapshot(QSqlDatabase db);
    ~QuerySnapshot();
    QuerySnapshot(const QuerySnapshot &) = delete;
    QuerySnapshot &operator=(const QuerySnapshot &) = delete;

    // SELECT (every column named, no ORDER BY) is kept in the order of ORDER BY, written over its
    // column names. Standard SQL: a window function and CREATE TEMPORARY TABLE … AS.
    bool take(const QString &select, const QString &orderBy, const QVariantList &values, QString *error);
    int rowCount() const { return m_rows; }
    QSqlDatabase connection() const { return m_db; }
    // Rows [offset, offset + limit) with the columns of the select, in order.
    bool page(int offset, int limit, QSqlQuery *query, QString *error) const;

private:
    void drop();

    QSqlDatabase m_db;
    QString m_table;
    int m_rows = 0;
};

} // namespace daihoi
