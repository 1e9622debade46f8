#pragma once

#include "commands/UndoableEdit.h"
#include "domain/targets/Target.h"

namespace daihoi {

// Adds (before has id 0), changes, or removes (after has id 0) one target of a congress, its review included.
class SaveTargetEdit : public UndoableEdit
{
public:
    SaveTargetEdit(Workspace *workspace, const Target &before, const Target &after, const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    Target target() const { return m_after; }

private:
    bool notify(bool ok);

    Target m_before;
    Target m_after;
};

} // namespace daihoi
