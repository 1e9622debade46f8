#include "RoundResult.h"

namespace daihoi {

QStringList RoundResult::notes() const
{
    QStringList notes;
    if (isRefused())
        return notes;
    if (!tied.isEmpty()) {
        int tiedVotes = 0;
        for (const CandidateResult &candidate : candidates) {
            if (candidate.status == CandidateResult::Status::Tie)
                tiedVotes = candidate.votes;
        }
        notes << tr("Tie at %1 votes between %2: none of them is elected in this round; another round is "
                    "needed among them.")
                     .arg(tiedVotes)
                     .arg(tied.join(QLatin1String(", ")));
    }
    if (shortfall > 0) {
        notes << tr("Seats left unfilled: %1 of %2. Another round may be held for them, or the congress may "
                    "stop and leave them unfilled.")
                     .arg(shortfall)
                     .arg(seats);
    }
    return notes;
}

} // namespace daihoi
