#pragma once

#include "storage/BallotCounting.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace daihoi {

// The ballots of rounds counted one by one (issue 15). A round is named by its election and round
// number, since saving an election rewrites its rounds' rows; removing the election removes its
// ballots. Every write is one transaction and refuses by name what would make the entries untrue.
// Ballots are not an edit of the election: saving them leaves its row version alone. On an office
// server the congress's unit decides, as for the election's rows: a login that may only read it is
// refused by the server, and a clerk of another unit sees no count at all.
class BallotRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::BallotRepository)
public:
    explicit BallotRepository(QSqlDatabase db);

    // The round's count as stored; a round not chosen loads as not chosen, with no entries.
    bool load(qint64 electionId, int round, BallotCounting *counting, QString *error) const;
    // The rounds of an election the clerk chose to count ballot by ballot.
    bool countedRounds(qint64 electionId, QList<int> *rounds, QString *error) const;

    // The clerk chooses "Kiểm từng phiếu" for the round (batchSize ballots a batch, 1…500), or goes
    // back to typing totals; going back, or another batch size, is refused once a ballot is entered.
    bool choose(qint64 electionId, int round, int batchSize, QString *error);
    bool unchoose(qint64 electionId, int round, QString *error);

    // Saves one ballot of entry `pass` of `batch` by `operatorName`: the first ballot opens the entry
    // under that name; a ballot already in the entry is replaced and the change logged as a
    // correction (saving the same content again writes nothing). Refused: a round not chosen, a
    // batch below 1, a ballot number outside 1…batchSize, a pass outside 1…3, no operator name, an
    // entry of the batch by another operator under this pass number, the same operator's earlier
    // entry of the batch under another pass number, a letter that is no mark, a declared reason the
    // program judges itself. Operators' names are compared without case or extra spaces; an entry
    // keeps the spelling it was opened with. A ballot declared invalid is stored without marks; its
    // time is the save's.
    bool saveBallot(qint64 electionId, int round, int pass, const QString &operatorName,
                    const EnteredBallot &ballot, QString *error);
    // Removes a whole entry of a batch (an operator who entered the wrong batch), logged as
    // corrections of each of its ballots: `before` is the ballot, `after` has only its batch and
    // number (no marks, declaredInvalid None).
    bool removeEntry(qint64 electionId, int round, int batch, int pass, QString *error);

private:
    // Finds or opens the entry `pass` of `batch` for the operator, by the rules of double entry.
    bool openEntry(qint64 electionId, int round, int batch, int pass, const QString &operatorName,
                   qint64 *entryId, QString *error);
    bool logCorrection(qint64 electionId, int round, int pass, const QString &operatorName,
                       const EnteredBallot &before, const EnteredBallot &after, const QString &at,
                       QString *error);
    // The batch size of a round chosen to be counted ballot by ballot; 0 when it is not.
    bool chosenBatchSize(qint64 electionId, int round, int *batchSize, QString *error) const;
    bool enteredCount(qint64 electionId, int round, int *count, QString *error) const;
    // Runs a write; with rows >= 0 it must change exactly that many rows.
    bool write(const QString &sql, const QVariantList &values, QString *error, int rows = -1);
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
    static QString refusedByServer(const QString &detail);

    QSqlDatabase m_db;
};

} // namespace daihoi
