#pragma once

#include "UndoableEdit.h"

#include <QCoreApplication>

namespace daihoi {

// Renames a unit; refused, undo and redo included, when another clerk changed the unit meanwhile.
class RenameUnitEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RenameUnitEdit)
public:
    // readVersion: Unit::rowVersion as the clerk saw it; -1 renames whatever the version.
    RenameUnitEdit(Workspace *workspace, qint64 unitId, const QString &oldName, const QString &newName,
                   int readVersion = -1);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(const QString &name, QString *error);

    qint64 m_unitId;
    QString m_oldName;
    QString m_newName;
    int m_readVersion;
    int m_chain = -1;
};

} // namespace daihoi
