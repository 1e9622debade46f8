#pragma once

#include "CommitteeMember.h"
#include "domain/Congress.h"
#include "domain/elections/Election.h"

namespace daihoi {

// Turns a congress's election results into its committee (domain.md §3–4).
class CommitteeBuilder
{
public:
    // Winners of the chi ủy election become members; the Bí thư and Phó Bí thư winners take those roles.
    // A Bí thư or Phó Bí thư winner who is not an elected chi ủy member adds nobody.
    // Without a chi ủy election (fewer than 9 official members) the office winners alone form it.
    // People already on `current` keep their details; those on `previous` (the unit's committee of
    // the previous term) are marked re-elected.
    static QList<CommitteeMember> build(const Congress &congress, const QList<Election> &elections,
                                        const QList<CommitteeMember> &current, const QList<Person> &previous);
    // The seats the congress set out to fill: the chi ủy's, or the offices' without one.
    static int seats(const QList<Election> &elections);
};

} // namespace daihoi
