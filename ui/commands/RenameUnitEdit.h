#pragma once

#include "UndoableEdit.h"

#include <QCoreApplication>

namespace daihoi {

class RenameUnitEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RenameUnitEdit)
public:
    RenameUnitEdit(Workspace *workspace, qint64 unitId, const QString &oldName, const QString &newName);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_unitId;
    QString m_oldName;
    QString m_newName;
};

} // namespace daihoi
