#include "BallotLogRounds.h"

#include "storage/BallotRepository.h"

namespace daihoi {

bool BallotLogRounds::load(QSqlDatabase db, const CongressRecord &record, std::optional<ElectionOffice> office,
                           int round, QList<BallotLogDocument::Round> *rounds, QString *error)
{
    rounds->clear();
    error->clear();
    const BallotRepository repository(db);
    for (const Election &election : record.elections) {
        if (office && election.office != *office)
            continue;
        QList<int> counted;
        if (!repository.countedRounds(election.id, &counted, error))
            return false;
        for (int number : std::as_const(counted)) {
            if (round > 0 && number != round)
                continue;
            BallotCounting counting;
            if (!repository.load(election.id, number, &counting, error))
                return false;
            rounds->append(BallotLogDocument::round(record, election, number, counting));
        }
    }
    return true;
}

} // namespace daihoi
