#include "CongressRecord.h"

#include "DocumentText.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/UnitRepository.h"

#include <algorithm>

namespace daihoi {

bool CongressRecord::load(QSqlDatabase db, const Unit &unit, const Term &term, CongressRecord *record, QString *error)
{
    *record = CongressRecord();
    record->unit = unit;
    record->term = term;
    error->clear();
    if (unit.parentId > 0 && !UnitRepository(db).byId(unit.parentId, &record->parent, error))
        return false;
    if (!CongressRepository(db).find(unit.id, term.id, &record->congress, error))
        return false;
    if (!ElectionRepository(db).forCongress(record->congress.id, &record->elections, error))
        return false;
    return CommitteeRepository(db).members(record->congress.id, &record->members, error);
}

const Election *CongressRecord::election(ElectionOffice office) const
{
    for (const Election &candidate : elections) {
        if (candidate.office == office)
            return &candidate;
    }
    return nullptr;
}

QDate CongressRecord::date() const
{
    return congress.heldFrom.isValid() ? congress.heldFrom : congress.plannedDate;
}

QString CongressRecord::congressTitle() const
{
    QString title = QStringLiteral("Đại hội %1").arg(unit.name);
    if (congress.number > 0)
        title += QStringLiteral(" lần thứ %1").arg(DocumentText::roman(congress.number));
    return title + QStringLiteral(", nhiệm kỳ %1").arg(DocumentText::term(term));
}

QList<CommitteeMember> CongressRecord::membersByRole() const
{
    QList<CommitteeMember> sorted = members;
    auto rank = [](CommitteeRole role) {
        return role == CommitteeRole::Secretary ? 0 : role == CommitteeRole::DeputySecretary ? 1 : 2;
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const CommitteeMember &a, const CommitteeMember &b) {
        if (rank(a.role) != rank(b.role))
            return rank(a.role) < rank(b.role);
        return a.votes > b.votes;
    });
    return sorted;
}

} // namespace daihoi
