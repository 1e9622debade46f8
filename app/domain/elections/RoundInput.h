#pragma once

#include "domain/elections/BallotCounts.h"
#include "domain/elections/BaseExclusions.h"
#include "domain/elections/CandidateVotes.h"
#include "domain/elections/CongressKind.h"
#include "domain/elections/ElectionOffice.h"

#include <QList>

namespace daihoi {

// Everything one round (lần bầu) of one election needs to be tallied.
struct RoundInput
{
    CongressKind congressKind = CongressKind::PartyMembers;
    ElectionOffice office = ElectionOffice::Committee;
    int seats = 0;    // seats to fill in this round; later rounds fill what is left
    int summoned = 0; // official members (or official delegates) summoned
    BaseExclusions exclusions;
    int present = 0; // voters present
    BallotCounts ballots;
    QList<CandidateVotes> candidates; // in the order of the list; the order never decides anything
};

} // namespace daihoi
