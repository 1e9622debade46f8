#pragma once

#include "SheetTable.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "storage/targets/CommitteeTargetFilter.h"

#include <QSqlDatabase>

namespace daihoi {

// The targets adopted by the congresses of a committee's units in a term, one target a row:
// unit, group, target, the required figure and the one reached as numbers, the result; only those
// the filter lets through (the clerk's choice on the targets page).
class TargetsTable
{
public:
    static bool load(QSqlDatabase db, const Unit &committee, const Term &term, const CommitteeTargetFilter &filter,
                     SheetTable *table, QString *error);
};

} // namespace daihoi
