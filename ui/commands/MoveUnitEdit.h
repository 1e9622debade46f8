#pragma once

#include "UndoableEdit.h"

#include <QCoreApplication>

namespace daihoi {

class MoveUnitEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::MoveUnitEdit)
public:
    MoveUnitEdit(Workspace *workspace, qint64 unitId, const QString &unitName, qint64 oldParentId, qint64 newParentId);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_unitId;
    qint64 m_oldParentId;
    qint64 m_newParentId;
};

} // namespace daihoi
