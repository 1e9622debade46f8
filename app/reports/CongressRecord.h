#pragma once

#include "domain/Congress.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/committee/CommitteeMember.h"
#include "domain/elections/Election.h"

#include <QSqlDatabase>

namespace daihoi {

// Everything the documents of one chi bộ's congress print, read through the repositories.
struct CongressRecord
{
    Unit unit;
    Unit parent; // invalid for a top-level unit
    Term term;
    Congress congress;
    QList<Election> elections; // in the order they were held
    QList<CommitteeMember> members;

    // false with an empty error when the unit has no congress record in the term.
    static bool load(QSqlDatabase db, const Unit &unit, const Term &term, CongressRecord *record, QString *error);

    const Election *election(ElectionOffice office) const;
    // The congress date for sentences: the first day it was held, or the planned date.
    QDate date() const;
    // "Chi bộ Tổ dân phố số 5" as the subject of a sentence.
    QString unitName() const { return unit.name; }
    // "Đại hội Chi bộ Tổ dân phố số 5 lần thứ IV, nhiệm kỳ 2022–2025"
    QString congressTitle() const;
    // Members by role (Bí thư, Phó Bí thư, then the others by votes, high to low).
    QList<CommitteeMember> membersByRole() const;
};

} // namespace daihoi
