#include "UndoableEdit.h"

#include "Workspace.h"

namespace daihoi {

UndoableEdit::UndoableEdit(Workspace *workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{
}

void UndoableEdit::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    QString error;
    if (!apply(&error)) {
        setObsolete(true); // the stack drops an edit that can no longer be carried out
        m_workspace->reportFailure(error);
    }
}

void UndoableEdit::undo()
{
    QString error;
    if (!revert(&error)) {
        setObsolete(true);
        m_workspace->reportFailure(error);
    }
}

} // namespace daihoi
