#pragma once

#include <QString>

namespace daihoi {

// Nesting depth of the open transaction on one connection (connections are used by one thread each).
struct TransactionState
{
    int depth = 0;
    bool failed = false;

    static TransactionState &of(const QString &connectionName);
    static void forget(const QString &connectionName);
};

} // namespace daihoi
