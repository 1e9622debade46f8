#pragma once

#include "UndoableEdit.h"
#include "domain/elections/Election.h"

namespace daihoi {

class RemoveElectionEdit : public UndoableEdit
{
public:
    RemoveElectionEdit(Workspace *workspace, const Election &election, const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Election m_election;
    int m_chain = -1; // EditedVersions chain of the election brought back by an undo
};

} // namespace daihoi
