#pragma once

#include "commands/UndoableEdit.h"
#include "domain/targets/Target.h"

#include <QList>

namespace daihoi {

// Appends copies of targets (the previous term's) to a congress in one transaction; undo removes them all.
class CopyTargetsEdit : public UndoableEdit
{
public:
    CopyTargetsEdit(Workspace *workspace, qint64 congressId, const QList<Target> &copies,
                    const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    QList<Target> copies() const { return m_copies; }

private:
    qint64 m_congressId;
    QList<Target> m_copies;
    bool m_added = false;
};

} // namespace daihoi
