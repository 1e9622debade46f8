#include "ApprovalService.h"

#include "reports/DecisionBatch.h"
#include "reports/DecisionDocument.h"
#include "storage/CommitteeRepository.h"
#include "storage/Transaction.h"

namespace daihoi {

ApprovalService::ApprovalService(QSqlDatabase db) : m_db(db) {}

bool ApprovalService::decisions(const Unit &unit, const Term &term, const DocumentHeader &header,
                                QList<Decision> *decisions, QString *error) const
{
    decisions->clear();
    QList<CongressRecord> records;
    if (!DecisionBatch::load(m_db, unit, term, &records, error))
        return false;
    for (int i = 0; i < records.size(); ++i)
        decisions->append({records.at(i).congress.id, records.at(i).unit.name,
                           DecisionDocument::numberAt(header.number, i), header.date});
    return true;
}

bool ApprovalService::currentMembers(const QList<Decision> &decisions, QList<CommitteeMember> *members,
                                     QString *error) const
{
    members->clear();
    CommitteeRepository committees(m_db);
    for (const Decision &decision : decisions) {
        QList<CommitteeMember> committee;
        if (!committees.members(decision.congressId, &committee, error))
            return false;
        *members += committee;
    }
    return true;
}

bool ApprovalService::record(const QList<Decision> &decisions, QString *error)
{
    for (const Decision &decision : decisions) {
        if (decision.number.trimmed().isEmpty()) {
            *error =
                tr("The decision approving %1 has no number: an approval is recorded with the number of its "
                   "decision.")
                    .arg(decision.unitName);
            return false;
        }
        if (!decision.date.isValid()) {
            *error =
                tr("The decision %1 approving %2 has no date: an approval is recorded with the date of its "
                   "decision.")
                    .arg(decision.number, decision.unitName);
            return false;
        }
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    CommitteeRepository committees(m_db);
    for (const Decision &decision : decisions) {
        if (!committees.approve(decision.congressId, decision.number, decision.date, error))
            return false;
    }
    return transaction.commit(error);
}

bool ApprovalService::restore(const QList<CommitteeMember> &members, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    CommitteeRepository committees(m_db);
    for (const CommitteeMember &member : members) {
        if (!committees.restoreApproval(member, error))
            return false;
    }
    return transaction.commit(error);
}

QString ApprovalService::numberRange(const QList<Decision> &decisions)
{
    if (decisions.isEmpty())
        return {};
    if (decisions.size() == 1)
        return decisions.first().number;
    return QStringLiteral("%1 – %2").arg(decisions.first().number, decisions.last().number);
}

} // namespace daihoi
