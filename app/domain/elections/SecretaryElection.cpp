#include "SecretaryElection.h"

#include <algorithm>

namespace daihoi {

bool SecretaryElection::isElected(const QList<RoundResult> &rounds)
{
    return std::any_of(rounds.cbegin(), rounds.cend(), [](const RoundResult &round) {
        return !round.isRefused() && !round.elected.isEmpty();
    });
}

int SecretaryElection::failedRounds(const QList<RoundResult> &rounds)
{
    return int(std::count_if(rounds.cbegin(), rounds.cend(), &SecretaryElection::roundFailed));
}

bool SecretaryElection::appointedByHigherCommittee(const QList<RoundResult> &rounds)
{
    return !isElected(rounds) && appointedByHigherCommittee(failedRounds(rounds));
}

bool SecretaryElection::mayHoldAnotherRound(const QList<RoundResult> &rounds)
{
    return !isElected(rounds) && !appointedByHigherCommittee(failedRounds(rounds));
}

QString SecretaryElection::appointmentNote(int failedRounds)
{
    return tr("No secretary was elected in %1 rounds: the higher committee appoints the secretary.")
        .arg(failedRounds);
}

} // namespace daihoi
