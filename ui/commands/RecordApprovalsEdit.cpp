#include "RecordApprovalsEdit.h"

#include "Workspace.h"
#include "storage/Database.h"

namespace daihoi {

RecordApprovalsEdit *RecordApprovalsEdit::create(Workspace *workspace,
                                                 const QList<ApprovalService::Decision> &decisions,
                                                 QString *error)
{
    QList<CommitteeMember> before;
    if (!ApprovalService(workspace->database().connection()).currentMembers(decisions, &before, error))
        return nullptr;
    return new RecordApprovalsEdit(workspace, decisions, before);
}

RecordApprovalsEdit::RecordApprovalsEdit(Workspace *workspace,
                                         const QList<ApprovalService::Decision> &decisions,
                                         const QList<CommitteeMember> &before)
    : UndoableEdit(workspace,
                   tr("Record the approval of %n committee(s) (%1)", nullptr, int(decisions.size()))
                       .arg(ApprovalService::numberRange(decisions))),
      m_decisions(decisions), m_before(before)
{
}

bool RecordApprovalsEdit::apply(QString *error)
{
    if (!ApprovalService(workspace()->database().connection()).record(m_decisions, error))
        return false;
    announce();
    return true;
}

bool RecordApprovalsEdit::revert(QString *error)
{
    if (!ApprovalService(workspace()->database().connection()).restore(m_before, error))
        return false;
    announce();
    return true;
}

void RecordApprovalsEdit::announce()
{
    // The views hear of the change through the workspace's signal, as for any committee edit.
    for (const ApprovalService::Decision &decision : m_decisions)
        emit workspace()->committeeChanged(decision.congressId);
}

} // namespace daihoi
