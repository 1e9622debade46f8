#include "MoveUnitEdit.h"

#include "Workspace.h"

namespace daihoi {

MoveUnitEdit::MoveUnitEdit(Workspace *workspace, qint64 unitId, const QString &unitName, qint64 oldParentId,
                           qint64 newParentId)
    : UndoableEdit(workspace, tr("Move %1").arg(unitName))
    , m_unitId(unitId)
    , m_oldParentId(oldParentId)
    , m_newParentId(newParentId)
{
}

bool MoveUnitEdit::apply(QString *error)
{
    return workspace()->moveUnit(m_unitId, m_newParentId, error);
}

bool MoveUnitEdit::revert(QString *error)
{
    return workspace()->moveUnit(m_unitId, m_oldParentId, error);
}

} // namespace daihoi
