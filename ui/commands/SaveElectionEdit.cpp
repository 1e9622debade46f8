#include "SaveElectionEdit.h"

#include "Workspace.h"

namespace daihoi {

SaveElectionEdit::SaveElectionEdit(Workspace *workspace, const Election &before, const Election &after,
                                   const QString &text)
    : UndoableEdit(workspace, text)
    , m_before(before)
    , m_after(after)
{
}

bool SaveElectionEdit::apply(QString *error)
{
    // After an undo removed a new election, the save brings it back under the same id.
    return workspace()->saveElection(&m_after, error);
}

bool SaveElectionEdit::revert(QString *error)
{
    if (m_before.id == 0)
        return workspace()->removeElection(m_after, error);
    return workspace()->saveElection(&m_before, error);
}

} // namespace daihoi
