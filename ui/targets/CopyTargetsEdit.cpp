#include "CopyTargetsEdit.h"

#include "Workspace.h"
#include "storage/Database.h"
#include "storage/targets/TargetRepository.h"
#include "targets/TargetEvents.h"

namespace daihoi {

CopyTargetsEdit::CopyTargetsEdit(Workspace *workspace, qint64 congressId, const QList<Target> &copies,
                                 const QString &text)
    : UndoableEdit(workspace, text), m_congressId(congressId), m_copies(copies)
{
    for (Target &copy : m_copies) {
        copy.id = 0;
        copy.congressId = congressId;
        copy.reached.reset(); // the new term is reviewed at its own end
    }
}

bool CopyTargetsEdit::apply(QString *error)
{
    TargetRepository targets(workspace()->database().connection());
    // The first time the copies get ids; a redo brings them back under the same ones.
    const bool ok = m_added ? targets.restoreAll(&m_copies, error) : targets.addAll(&m_copies, error);
    if (!ok)
        return false;
    m_added = true;
    emit TargetEvents::of(workspace())->changed(m_congressId);
    return true;
}

bool CopyTargetsEdit::revert(QString *error)
{
    QList<qint64> ids;
    for (const Target &copy : m_copies)
        ids.append(copy.id);
    if (!TargetRepository(workspace()->database().connection()).removeAll(ids, error))
        return false;
    emit TargetEvents::of(workspace())->changed(m_congressId);
    return true;
}

} // namespace daihoi
