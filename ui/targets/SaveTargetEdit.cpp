#include "SaveTargetEdit.h"

#include "Workspace.h"
#include "storage/Database.h"
#include "storage/targets/TargetRepository.h"
#include "targets/TargetEvents.h"

namespace daihoi {

SaveTargetEdit::SaveTargetEdit(Workspace *workspace, const Target &before, const Target &after,
                               const QString &text)
    : UndoableEdit(workspace, text), m_before(before), m_after(after)
{
}

bool SaveTargetEdit::notify(bool ok)
{
    if (ok)
        emit TargetEvents::of(workspace())
            ->changed(m_before.isValid() ? m_before.congressId : m_after.congressId);
    return ok;
}

bool SaveTargetEdit::apply(QString *error)
{
    TargetRepository targets(workspace()->database().connection());
    if (!m_before.isValid()) {
        // A target added, undone, then redone comes back under the same id, so later edits still find it.
        return notify(m_after.isValid() ? targets.restore(&m_after, error) : targets.save(&m_after, error));
    }
    if (!m_after.isValid())
        return notify(targets.remove(m_before.id, error));
    return notify(targets.save(&m_after, error));
}

bool SaveTargetEdit::revert(QString *error)
{
    TargetRepository targets(workspace()->database().connection());
    if (!m_before.isValid())
        return notify(targets.remove(m_after.id, error));
    if (!m_after.isValid())
        return notify(targets.restore(&m_before, error));
    return notify(targets.save(&m_before, error));
}

} // namespace daihoi
