#include "RemoveElectionEdit.h"

#include "SaveElectionEdit.h"
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
    // The removed election comes back under its id, whatever version it had.
    Election election = m_election;
    election.rowVersion = Election::restoring;
    return SaveElectionEdit::save(workspace(), &election, &m_chain, error);
}

} // namespace daihoi
