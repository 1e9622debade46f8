#pragma once

#include "UndoableEdit.h"
#include "domain/committee/CommitteeMember.h"

namespace daihoi {

// An edit of the committee's people or approval, as the whole list before and after.
class ReplaceCommitteeEdit : public UndoableEdit
{
public:
    ReplaceCommitteeEdit(Workspace *workspace, qint64 congressId, const QList<CommitteeMember> &before,
                         const QList<CommitteeMember> &after, const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_congressId;
    QList<CommitteeMember> m_before;
    QList<CommitteeMember> m_after;
};

} // namespace daihoi
