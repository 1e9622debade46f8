#pragma once

#include "domain/elections/Election.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// After a refused save of an election: whether another clerk changed or deleted it since it was read,
// and if so the refusal and each change from their saved election to what this clerk typed.
class ElectionDifferences
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ElectionDifferences)
public:
    static bool conflict(QSqlDatabase db, const Election &read, const Election &typed, QString *refusal,
                         QStringList *differences);
};

} // namespace daihoi
