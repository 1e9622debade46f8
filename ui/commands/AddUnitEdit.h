#pragma once

#include "UndoableEdit.h"
#include "domain/Unit.h"

#include <QCoreApplication>

namespace daihoi {

class AddUnitEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::AddUnitEdit)
public:
    AddUnitEdit(Workspace *workspace, const Unit &unit);
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    qint64 unitId() const { return m_unit.id; }

private:
    Unit m_unit; // keeps its id after the first apply, so a redo restores the same unit
};

} // namespace daihoi
