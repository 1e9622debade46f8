#pragma once

#include "UndoableEdit.h"

#include <QCoreApplication>

namespace daihoi {

// Retires a unit (it keeps its history but no longer counts in progress), or brings it back; refused,
// undo and redo included, when another clerk changed the unit meanwhile.
class RetireUnitEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RetireUnitEdit)
public:
    // readVersion: Unit::rowVersion as the clerk saw it; -1 changes it whatever the version.
    RetireUnitEdit(Workspace *workspace, qint64 unitId, const QString &unitName, bool retired, int readVersion = -1);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool write(bool retired, QString *error);

    qint64 m_unitId;
    bool m_retired;
    int m_readVersion;
    int m_chain = -1;
};

} // namespace daihoi
