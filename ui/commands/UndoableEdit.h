#pragma once

#include <QUndoCommand>

namespace daihoi {

class Workspace;

// An edit that can fail: apply() and revert() report why instead of leaving the stack lying.
// Workspace::run() applies it once before pushing, so the push does not apply it twice.
class UndoableEdit : public QUndoCommand
{
public:
    UndoableEdit(Workspace *workspace, const QString &text);

    virtual bool apply(QString *error) = 0;
    virtual bool revert(QString *error) = 0;
    void markApplied() { m_alreadyApplied = true; }

    void redo() override;
    void undo() override;

protected:
    Workspace *workspace() const { return m_workspace; }

private:
    Workspace *m_workspace;
    bool m_alreadyApplied = false;
};

} // namespace daihoi
