#include "MoveUnitEdit.h"

#include "EditedVersions.h"
#include "Workspace.h"

namespace daihoi {

MoveUnitEdit::MoveUnitEdit(Workspace *workspace, qint64 unitId, const QString &unitName, qint64 oldParentId,
                           qint64 newParentId, int readVersion)
    : UndoableEdit(workspace, tr("Move %1").arg(unitName))
    , m_unitId(unitId)
    , m_oldParentId(oldParentId)
    , m_newParentId(newParentId)
    , m_readVersion(readVersion)
{
}

bool MoveUnitEdit::write(qint64 parentId, QString *error)
{
    VersionStep step(workspace()->undoStack(), EditedVersions::unitKey(m_unitId), m_readVersion, &m_chain);
    if (!workspace()->moveUnit(m_unitId, parentId, error, step.expected()))
        return false;
    step.saved();
    return true;
}

bool MoveUnitEdit::apply(QString *error)
{
    return write(m_newParentId, error);
}

bool MoveUnitEdit::revert(QString *error)
{
    return write(m_oldParentId, error);
}

} // namespace daihoi
