#include "AddUnitEdit.h"

#include "Workspace.h"

namespace daihoi {

AddUnitEdit::AddUnitEdit(Workspace *workspace, const Unit &unit)
    : UndoableEdit(workspace, tr("Add %1").arg(unit.name))
    , m_unit(unit)
{
}

bool AddUnitEdit::apply(QString *error)
{
    return workspace()->addUnit(&m_unit, error);
}

bool AddUnitEdit::revert(QString *error)
{
    return workspace()->removeUnit(m_unit.id, error);
}

} // namespace daihoi
