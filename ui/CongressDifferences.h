#pragma once

#include "domain/Congress.h"

#include <QCoreApplication>
#include <QStringList>

namespace daihoi {

// What a clerk typed beside what another clerk saved meanwhile, field by field, for the conflict bar:
// "Place: yours “X” — saved “Y”".
class CongressDifferences
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CongressDifferences)
public:
    static QStringList list(const Congress &yours, const Congress &saved);
};

} // namespace daihoi
