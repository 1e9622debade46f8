#include "CommitteeSize.h"

namespace daihoi {

QStringList CommitteeSize::check(CongressKind kind, ElectionOffice office, int officialMembers, int seats)
{
    QStringList errors;
    if (kind != CongressKind::PartyMembers)
        return errors;
    if (officialMembers < MinMembersForBranch) {
        errors << tr("A branch needs at least %1 official members; it has %2.")
                      .arg(MinMembersForBranch)
                      .arg(officialMembers);
        return errors;
    }
    if (office != ElectionOffice::Committee)
        return errors;
    if (!mayElectCommittee(officialMembers)) {
        errors
            << tr("A branch with fewer than %1 official members (it has %2) elects no executive committee, "
                  "only a secretary and, if needed, a deputy secretary.")
                   .arg(MinMembersForCommittee)
                   .arg(officialMembers);
    } else if (seats > MaxCommitteeSeats) {
        errors << tr("A branch executive committee has at most %1 members; seats (%2) exceed it.")
                      .arg(MaxCommitteeSeats)
                      .arg(seats);
    }
    return errors;
}

} // namespace daihoi
