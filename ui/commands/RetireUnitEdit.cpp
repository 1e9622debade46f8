#include "RetireUnitEdit.h"

#include "EditedVersions.h"
#include "Workspace.h"

namespace daihoi {

RetireUnitEdit::RetireUnitEdit(Workspace *workspace, qint64 unitId, const QString &unitName, bool retired,
                               int readVersion)
    : UndoableEdit(workspace, retired ? tr("Retire %1").arg(unitName) : tr("Restore %1").arg(unitName))
    , m_unitId(unitId)
    , m_retired(retired)
    , m_readVersion(readVersion)
{
}

bool RetireUnitEdit::write(bool retired, QString *error)
{
    VersionStep step(workspace()->undoStack(), EditedVersions::unitKey(m_unitId), m_readVersion, &m_chain);
    if (!workspace()->setUnitRetired(m_unitId, retired, error, step.expected()))
        return false;
    step.saved();
    return true;
}

bool RetireUnitEdit::apply(QString *error)
{
    return write(m_retired, error);
}

bool RetireUnitEdit::revert(QString *error)
{
    return write(!m_retired, error);
}

} // namespace daihoi
