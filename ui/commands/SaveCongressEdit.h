#pragma once

#include "UndoableEdit.h"
#include "domain/Congress.h"

#include <QCoreApplication>

namespace daihoi {

// Replaces a congress record by an edited one; with a `before` of id 0 it creates the record.
class SaveCongressEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::SaveCongressEdit)
public:
    SaveCongressEdit(Workspace *workspace, const Congress &before, const Congress &after, const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Congress m_before;
    Congress m_after;
};

} // namespace daihoi
