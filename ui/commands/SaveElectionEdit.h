#pragma once

#include "UndoableEdit.h"
#include "domain/elections/Election.h"

namespace daihoi {

// Records an election as entered (a new one when `before` has id 0); the committee follows it.
class SaveElectionEdit : public UndoableEdit
{
public:
    SaveElectionEdit(Workspace *workspace, const Election &before, const Election &after, const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Election m_before;
    Election m_after;
};

} // namespace daihoi
