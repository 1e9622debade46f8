#pragma once

#include "domain/elections/RoundResult.h"

#include <QCoreApplication>
#include <QList>

namespace daihoi {

// The rounds of a Bí thư election: if three rounds elect nobody, the higher committee
// appoints (chỉ định) the secretary (domain.md §3). Refused rounds were never held and
// do not count.
class SecretaryElection
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::SecretaryElection)

public:
    static constexpr int MaxRounds = 3;

    static bool roundFailed(const RoundResult &round)
    {
        return !round.isRefused() && round.elected.isEmpty();
    }
    static bool isElected(const QList<RoundResult> &rounds);
    // Held rounds that elected nobody.
    static int failedRounds(const QList<RoundResult> &rounds);

    static bool appointedByHigherCommittee(int failedRounds) { return failedRounds >= MaxRounds; }
    static bool appointedByHigherCommittee(const QList<RoundResult> &rounds);
    static bool mayHoldAnotherRound(const QList<RoundResult> &rounds);

    // For the record of the election once appointedByHigherCommittee() holds.
    static QString appointmentNote(int failedRounds);
};

} // namespace daihoi
