#include "RenameUnitEdit.h"

#include "EditedVersions.h"
#include "Workspace.h"

namespace daihoi {

RenameUnitEdit::RenameUnitEdit(Workspace *workspace, qint64 unitId, const QString &oldName, const QString &newName,
                               int readVersion)
    : UndoableEdit(workspace, tr("Rename %1 to %2").arg(oldName, newName))
    , m_unitId(unitId)
    , m_oldName(oldName)
    , m_newName(newName)
    , m_readVersion(readVersion)
{
}

bool RenameUnitEdit::write(const QString &name, QString *error)
{
    VersionStep step(workspace()->undoStack(), EditedVersions::unitKey(m_unitId), m_readVersion, &m_chain);
    if (!workspace()->renameUnit(m_unitId, name, error, step.expected()))
        return false;
    step.saved();
    return true;
}

bool RenameUnitEdit::apply(QString *error)
{
    return write(m_newName, error);
}

bool RenameUnitEdit::revert(QString *error)
{
    return write(m_oldName, error);
}

} // namespace daihoi
