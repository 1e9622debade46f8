#pragma once

#include "UndoableEdit.h"
#include "domain/elections/Election.h"

namespace daihoi {

// Records an election as entered (a new one when `before` has id 0); the committee follows it.
// Every save, undo and redo included, is refused when another clerk changed the election meanwhile.
class SaveElectionEdit : public UndoableEdit
{
public:
    SaveElectionEdit(Workspace *workspace, const Election &before, const Election &after, const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

    // Saves `election` at the version `*chain` expects (the one it was read at on the first save, when
    // *chain is -1) and records the version written; shared with RemoveElectionEdit's undo.
    static bool save(Workspace *workspace, Election *election, int *chain, QString *error);

private:
    Election m_before;
    Election m_after;
    int m_chain = -1;
};

} // namespace daihoi
