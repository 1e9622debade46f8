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
    if (!transaction.begin(error) || !ElectionRepository(m_db).save(election, error)
        || !rebuildCommittee(election->congressId, error))
        return false;
    return transaction.commit(error);
}

bool CommitteeService::removeElection(const Election &election, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error) || !ElectionRepository(m_db).remove(election.id, error)
        || !rebuildCommittee(election.congressId, error))
        return false;
    return transaction.commit(error);
}

bool CommitteeService::rebuildCommittee(qint64 congressId, QString *error)
{
    QSqlQuery owner(m_db);
    if (!QueryRunner::run(owner, QStringLiteral("SELECT unit_id, term_id FROM congresses WHERE id = ?"), {congressId},
                          error))
        return false;
    if (!owner.next()) {
        *error = tr("The congress record %1 no longer exists.").arg(congressId);
        return false;
    }
    const qint64 unitId = owner.value(0).toLongLong();
    Congress congress;
    Term term;
    QList<Election> elections;
    QList<CommitteeMember> current;
    QList<Person> previous;
    CommitteeRepository committees(m_db);
    if (!CongressRepository(m_db).find(unitId, owner.value(1).toLongLong(), &congress, error)
        || !TermRepository(m_db).byId(congress.termId, &term, error)
        || !ElectionRepository(m_db).forCongress(congressId, &elections, error)
        || !committees.members(congressId, &current, error)
        || !committees.previousCommittee(unitId, term.startYear, &previous, error))
        return false;
    QList<CommitteeMember> rebuilt = CommitteeBuilder::build(congress, elections, current, previous);
    return committees.replace(congressId, &rebuilt, error);
}

} // namespace daihoi
