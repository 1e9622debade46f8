#include "SaveElectionEdit.h"

#include "EditedVersions.h"
#include "Workspace.h"

namespace daihoi {

SaveElectionEdit::SaveElectionEdit(Workspace *workspace, const Election &before, const Election &after,
                                   const QString &text)
    : UndoableEdit(workspace, text)
    , m_before(before)
    , m_after(after)
{
}

bool SaveElectionEdit::save(Workspace *workspace, Election *election, int *chain, QString *error)
{
    EditedVersions *versions = EditedVersions::of(workspace->undoStack());
    const bool first = *chain < 0;
    if (!first && election->rowVersion != Election::restoring)
        election->rowVersion = versions->expected(EditedVersions::electionKey(election->id), *chain);
    const int readVersion = election->rowVersion;
    if (!workspace->saveElection(election, error))
        return false;
    const QString key = EditedVersions::electionKey(election->id);
    if (first)
        *chain = versions->chainFor(key, readVersion == Election::restoring || readVersion < 0 ? election->rowVersion
                                                                                              : readVersion);
    versions->wrote(key, *chain, election->rowVersion);
    return true;
}

bool SaveElectionEdit::apply(QString *error)
{
    Election election = m_after;
    // After an undo removed a new election, the save brings it back under the same id.
    if (m_before.id == 0 && m_chain >= 0)
        election.rowVersion = Election::restoring;
    if (!save(workspace(), &election, &m_chain, error))
        return false;
    m_after.id = election.id;
    return true;
}

bool SaveElectionEdit::revert(QString *error)
{
    if (m_before.id == 0)
        return workspace()->removeElection(m_after, error);
    Election election = m_before;
    return save(workspace(), &election, &m_chain, error);
}

} // namespace daihoi
