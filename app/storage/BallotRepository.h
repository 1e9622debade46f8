#pragma once

#include "storage/BallotCounting.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// The ballots of rounds counted one by one (issue 15). A round is named by its election and round
// number, since saving an election rewrites its rounds' rows; removing the election removes its
// ballots. Every write is one transaction and refuses by name what would make the entries untrue.
class BallotRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::BallotRepository)
public:
    explicit BallotRepository(QSqlDatabase db);

    bool load(qint64 electionId, int round, BallotCounting *counting, QString *error) const;
    // The rounds of an election the clerk chose to count ballot by ballot.
    bool countedRounds(qint64 electionId, QList<int> *rounds, QString *error) const;

    // The clerk chooses "Kiểm từng phiếu" for the round (batchSize ballots a batch), or goes back to
    // typing totals; going back is refused once a ballot is entered.
    bool choose(qint64 electionId, int round, int batchSize, QString *error);
    bool unchoose(qint64 electionId, int round, QString *error);

    // Saves one ballot of entry `pass` of `batch` by `operatorName`: the first ballot opens the entry
    // under that name; a ballot already in the entry is replaced and the change logged as a
    // correction. Refused: an entry of the batch by another operator under this pass number, the
    // same operator's earlier entry of the batch under another pass number, a ballot number outside
    // 1…batchSize.
    bool saveBallot(qint64 electionId, int round, int pass, const QString &operatorName,
                    const EnteredBallot &ballot, QString *error);
    // Removes a whole entry of a batch (an operator who entered the wrong batch), logged as
    // corrections of each of its ballots.
    bool removeEntry(qint64 electionId, int round, int batch, int pass, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
