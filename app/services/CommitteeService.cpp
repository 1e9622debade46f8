#include "CommitteeService.h"

#include "domain/committee/CommitteeBuilder.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/QueryRunner.h"
#include "storage/TermRepository.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace daihoi {

CommitteeService::CommitteeService(QSqlDatabase db)
    : m_db(db)
{
}

bool CommitteeService::saveElection(Election *election, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error) || !checkEligibility(*election, error) ||
        !ElectionRepository(m_db).save(election, error) || !rebuildCommittee(election->congressId, error))
        return false;
    return transaction.commit(error);
}

bool CommitteeService::checkEligibility(const Election &election, QString *error)
{
    Congress congress;
    qint64 unitId = 0;
    QList<Election> elections;
    if (!congressOf(election.congressId, &congress, &unitId, error) ||
        !ElectionRepository(m_db).forCongress(election.congressId, &elections, error))
        return false;
    bool replaced = false;
    for (Election &recorded : elections) {
        if (recorded.office == election.office) {
            recorded = election;
            replaced = true;
        }
    }
    if (!replaced)
        elections.append(election);
    // The Bí thư and Phó Bí thư already recorded must stay among the chi ủy this save leaves.
    for (const Election &office : elections) {
        const QStringList refused = office.eligibilityErrors(congress, elections);
        if (refused.isEmpty())
            continue;
        *error = office.office == election.office
                     ? refused.join(QLatin1Char('\n'))
                     : tr("This change conflicts with the recorded election (%1): %2")
                           .arg(Election::officeName(office.office), refused.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

bool CommitteeService::removeElection(const Election &election, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error) || !ElectionRepository(m_db).remove(election.id, error)
        || !rebuildCommittee(election.congressId, error))
        return false;
    return transaction.commit(error);
}

bool CommitteeService::congressOf(qint64 congressId, Congress *congress, qint64 *unitId, QString *error)
{
    QSqlQuery owner(m_db);
    if (!QueryRunner::run(owner, QStringLiteral("SELECT unit_id, term_id FROM congresses WHERE id = ?"), {congressId},
                          error))
        return false;
    if (!owner.next()) {
        *error = tr("The congress record %1 no longer exists.").arg(congressId);
        return false;
    }
    *unitId = owner.value(0).toLongLong();
    return CongressRepository(m_db).find(*unitId, owner.value(1).toLongLong(), congress, error);
}

bool CommitteeService::rebuildCommittee(qint64 congressId, QString *error)
{
    qint64 unitId = 0;
    Congress congress;
    Term term;
    QList<Election> elections;
    QList<CommitteeMember> current;
    QList<Person> previous;
    CommitteeRepository committees(m_db);
    if (!congressOf(congressId, &congress, &unitId, error) ||
        !TermRepository(m_db).byId(congress.termId, &term, error) ||
        !ElectionRepository(m_db).forCongress(congressId, &elections, error) ||
        !committees.members(congressId, &current, error) ||
        !committees.previousCommittee(unitId, term.startYear, &previous, error))
        return false;
    QList<CommitteeMember> rebuilt = CommitteeBuilder::build(congress, elections, current, previous);
    return committees.replace(congressId, &rebuilt, error);
}

} // namespace daihoi
