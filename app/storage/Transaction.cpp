#include "Transaction.h"

#include "TransactionState.h"

#include <QCoreApplication>
#include <QSqlError>

namespace daihoi {

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    TransactionState &state = TransactionState::of(m_db.connectionName());
    state.failed = true;
    if (--state.depth == 0) {
        m_db.rollback();
        TransactionState::forget(m_db.connectionName());
    }
}

bool Transaction::begin(QString *error)
{
    TransactionState &state = TransactionState::of(m_db.connectionName());
    if (state.depth == 0 && !m_db.transaction()) {
        *error = m_db.lastError().text();
        TransactionState::forget(m_db.connectionName());
        return false;
    }
    ++state.depth;
    m_open = true;
    return true;
}

bool Transaction::commit(QString *error)
{
    TransactionState &state = TransactionState::of(m_db.connectionName());
    m_open = false;
    if (--state.depth > 0)
        return true;
    const bool failed = state.failed;
    TransactionState::forget(m_db.connectionName());
    if (failed) {
        m_db.rollback();
        *error = QCoreApplication::translate("daihoi::Transaction", "A part of this change failed; nothing was saved.");
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace daihoi
