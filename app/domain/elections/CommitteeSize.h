#pragma once

#include "domain/elections/CongressKind.h"
#include "domain/elections/ElectionOffice.h"

#include <QCoreApplication>
#include <QStringList>

namespace daihoi {

// Who may elect what at a party members' congress of a chi bộ (domain.md §3, "Who
// elects a committee"). officialMembers counts every official member, excused ones too.
class CommitteeSize
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CommitteeSize)

public:
    static constexpr int MinMembersForBranch = 3;
    static constexpr int MinMembersForCommittee = 9;
    static constexpr int MaxCommitteeSeats = 7;

    static bool mayElectCommittee(int officialMembers) { return officialMembers >= MinMembersForCommittee; }

    // Refusals for one election; empty when the rules allow it. Delegates' congresses
    // are not bound by these rules.
    static QStringList check(CongressKind kind, ElectionOffice office, int officialMembers, int seats);
};

} // namespace daihoi
