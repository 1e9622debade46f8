#include "RenameUnitEdit.h"

#include "Workspace.h"

namespace daihoi {

RenameUnitEdit::RenameUnitEdit(Workspace *workspace, qint64 unitId, const QString &oldName, const QString &newName)
    : UndoableEdit(workspace, tr("Rename %1 to %2").arg(oldName, newName))
    , m_unitId(unitId)
    , m_oldName(oldName)
    , m_newName(newName)
{
}

bool RenameUnitEdit::apply(QString *error)
{
    return workspace()->renameUnit(m_unitId, m_newName, error);
}

bool RenameUnitEdit::revert(QString *error)
{
    return workspace()->renameUnit(m_unitId, m_oldName, error);
}

} // namespace daihoi
