#pragma once

#include "domain/elections/Election.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

struct CommitteeMember;

// Keeps a congress's committee in step with its elections: saving or removing an election
// rebuilds the committee from the results in the same transaction. A Bí thư or Phó Bí thư outside
// the elected chi ủy is refused.
class CommitteeService
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CommitteeService)
public:
    explicit CommitteeService(QSqlDatabase db);

    bool saveElection(Election *election, QString *error);
    bool removeElection(const Election &election, QString *error);
    // Rebuilds the committee of a congress from its elections, keeping people's details.
    bool rebuildCommittee(qint64 congressId, QString *error);

private:
    // Refuses a Bí thư or Phó Bí thư outside the elected chi ủy, in this election or in one already
    // recorded that the save would leave outside it.
    bool checkEligibility(const Election &election, QString *error);
    bool congressOf(qint64 congressId, Congress *congress, qint64 *unitId, QString *error);

    QSqlDatabase m_db;
};

} // namespace daihoi
