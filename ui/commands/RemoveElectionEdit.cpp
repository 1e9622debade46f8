#include "RemoveElectionEdit.h"

#include "Workspace.h"

namespace daihoi {

RemoveElectionEdit::RemoveElectionEdit(Workspace *workspace, const Election &election, const QString &text)
    : UndoableEdit(workspace, text)
    , m_election(election)
{
}

bool RemoveElectionEdit::apply(QString *error)
{
    return workspace()->removeElection(m_election, error);
}

bool RemoveElectionEdit::revert(QString *error)
{
    return workspace()->saveElection(&m_election, error);
}

} // namespace daihoi
