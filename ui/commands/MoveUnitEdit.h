#pragma once

#include "UndoableEdit.h"

#include <QCoreApplication>

namespace daihoi {

// Moves a unit under another; refused, undo and redo included, when another clerk changed it meanwhile.
class MoveUnitEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::MoveUnitEdit)
public:
    // readVersion: Unit::rowVersion as the clerk saw it; -1 moves whatever the version.
    MoveUnitEdit(Workspace *workspace, qint64 unitId, const QString &unitName, qint64 oldParentId, qint64 newParentId,
                 int readVersion = -1);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(qint64 parentId, QString *error);

    qint64 m_unitId;
    qint64 m_oldParentId;
    qint64 m_newParentId;
    int m_readVersion;
    int m_chain = -1;
};

} // namespace daihoi
