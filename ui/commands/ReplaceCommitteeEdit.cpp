#include "ReplaceCommitteeEdit.h"

#include "Workspace.h"

namespace daihoi {

ReplaceCommitteeEdit::ReplaceCommitteeEdit(Workspace *workspace, qint64 congressId,
                                           const QList<CommitteeMember> &before, const QList<CommitteeMember> &after,
                                           const QString &text)
    : UndoableEdit(workspace, text)
    , m_congressId(congressId)
    , m_before(before)
    , m_after(after)
{
}

bool ReplaceCommitteeEdit::apply(QString *error)
{
    QList<CommitteeMember> members = m_after;
    return workspace()->replaceCommittee(m_congressId, &members, error);
}

bool ReplaceCommitteeEdit::revert(QString *error)
{
    QList<CommitteeMember> members = m_before;
    return workspace()->replaceCommittee(m_congressId, &members, error);
}

} // namespace daihoi
