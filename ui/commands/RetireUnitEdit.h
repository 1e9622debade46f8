#pragma once

#include "UndoableEdit.h"

#include <QCoreApplication>

namespace daihoi {

// Retires a unit (it keeps its history but no longer counts in progress), or brings it back.
class RetireUnitEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RetireUnitEdit)
public:
    RetireUnitEdit(Workspace *workspace, qint64 unitId, const QString &unitName, bool retired);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    qint64 m_unitId;
    bool m_retired;
};

} // namespace daihoi
