#include "DecisionBatch.h"

#include "domain/UnitLevel.h"
#include "storage/UnitRepository.h"

namespace daihoi {

bool DecisionBatch::isPending(const CongressRecord &record)
{
    if (record.congress.status != Congress::Status::Held || record.members.isEmpty())
        return false;
    for (const CommitteeMember &member : record.members) {
        if (member.approval == CommitteeMember::Approval::Elected)
            return true;
    }
    return false;
}

bool DecisionBatch::load(QSqlDatabase db, const Unit &unit, const Term &term, QList<CongressRecord> *records,
                         QString *error)
{
    records->clear();
    error->clear();
    if (UnitLevels::isBranch(unit.level)) {
        // One chi bộ: its decision prints whether or not it was approved before (a copy, a correction).
        CongressRecord record;
        if (!CongressRecord::load(db, unit, term, &record, error))
            return error->isEmpty();
        if (record.congress.status == Congress::Status::Held && !record.members.isEmpty())
            records->append(record);
        return true;
    }
    // The committee approves its chi bộ trực thuộc: the direct subordinate branches still active.
    QList<Unit> children;
    if (!UnitRepository(db).activeChildren(unit.id, &children, error))
        return false;
    for (const Unit &child : std::as_const(children)) {
        if (!UnitLevels::isBranch(child.level))
            continue;
        CongressRecord record;
        if (!CongressRecord::load(db, child, term, &record, error)) {
            if (!error->isEmpty())
                return false;
            continue; // no congress in the term
        }
        if (isPending(record))
            records->append(record);
    }
    return true;
}

} // namespace daihoi
