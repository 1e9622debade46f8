#pragma once

#include "commands/UndoableEdit.h"
#include "domain/targets/DirectionItem.h"

namespace daihoi {

// Adds (before has id 0), changes, or removes (after has id 0) one direction item of a congress.
class SaveDirectionEdit : public UndoableEdit
{
public:
    SaveDirectionEdit(Workspace *workspace, const DirectionItem &before, const DirectionItem &after,
                      const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool notify(bool ok);

    DirectionItem m_before;
    DirectionItem m_after;
};

} // namespace daihoi
