#include "TransactionState.h"

#include <QHash>

namespace daihoi {

namespace {
thread_local QHash<QString, TransactionState> states;
}

TransactionState &TransactionState::of(const QString &connectionName)
{
    return states[connectionName];
}

void TransactionState::forget(const QString &connectionName)
{
    states.remove(connectionName);
}

} // namespace daihoi
