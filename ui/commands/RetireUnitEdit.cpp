#include "RetireUnitEdit.h"

#include "Workspace.h"

namespace daihoi {

RetireUnitEdit::RetireUnitEdit(Workspace *workspace, qint64 unitId, const QString &unitName, bool retired)
    : UndoableEdit(workspace, retired ? tr("Retire %1").arg(unitName) : tr("Restore %1").arg(unitName))
    , m_unitId(unitId)
    , m_retired(retired)
{
}

bool RetireUnitEdit::apply(QString *error)
{
    return workspace()->setUnitRetired(m_unitId, m_retired, error);
}

bool RetireUnitEdit::revert(QString *error)
{
    return workspace()->setUnitRetired(m_unitId, !m_retired, error);
}

} // namespace daihoi
