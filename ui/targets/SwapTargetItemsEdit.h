#pragma once

#include "commands/UndoableEdit.h"

namespace daihoi {

// Moves a target or a direction item up or down by exchanging places with its neighbour; its own inverse.
class SwapTargetItemsEdit : public UndoableEdit
{
public:
    enum class Kind { Target, Direction };

    SwapTargetItemsEdit(Workspace *workspace, Kind kind, qint64 congressId, qint64 firstId, qint64 secondId,
                        const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override { return apply(error); }

private:
    Kind m_kind;
    qint64 m_congressId;
    qint64 m_firstId;
    qint64 m_secondId;
};

} // namespace daihoi
