#pragma once

#include "SheetTable.h"
#include "domain/Term.h"
#include "domain/Unit.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// The committee a chi bộ's congress elected (chi ủy viên), one member a row, as a spreadsheet:
// name, role, gender, birth year and age at the congress, ethnicity, training, re-elected, votes.
class MembersTable
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::MembersTable)
public:
    // false with *error when the unit has no congress in the term or the database cannot be read.
    static bool load(QSqlDatabase db, const Unit &unit, const Term &term, SheetTable *table, QString *error);
};

} // namespace daihoi
