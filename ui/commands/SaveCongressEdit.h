#pragma once

#include "UndoableEdit.h"
#include "domain/Congress.h"

#include <QCoreApplication>

namespace daihoi {

// Replaces a congress record by an edited one; with a `before` of id 0 it creates the record.
// Every save, undo and redo included, is refused when another clerk changed the record meanwhile.
class SaveCongressEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::SaveCongressEdit)
public:
    SaveCongressEdit(Workspace *workspace, const Congress &before, const Congress &after, const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    // Saves `record` at the version this edit's chain expects (the form's on the first save).
    bool save(const Congress &record, QString *error);

    Congress m_before;
    Congress m_after;
    int m_chain = -1; // EditedVersions chain, from the first save on
};

} // namespace daihoi
