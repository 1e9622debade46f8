#pragma once

#include <QSqlDatabase>

namespace daihoi {

// One user action = one transaction: rolls back unless commit() succeeded.
// Nests: an inner Transaction joins the outer one, and an inner failure makes the outer roll back,
// so a repository method stays atomic alone and inside a larger action (a demo build, an import).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace daihoi
