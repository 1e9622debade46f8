#include "SaveDirectionEdit.h"

#include "Workspace.h"
#include "storage/Database.h"
#include "storage/targets/DirectionRepository.h"
#include "targets/TargetEvents.h"

namespace daihoi {

SaveDirectionEdit::SaveDirectionEdit(Workspace *workspace, const DirectionItem &before,
                                     const DirectionItem &after, const QString &text)
    : UndoableEdit(workspace, text), m_before(before), m_after(after)
{
}

bool SaveDirectionEdit::notify(bool ok)
{
    if (ok)
        emit TargetEvents::of(workspace())
            ->changed(m_before.isValid() ? m_before.congressId : m_after.congressId);
    return ok;
}

bool SaveDirectionEdit::apply(QString *error)
{
    DirectionRepository items(workspace()->database().connection());
    if (!m_before.isValid())
        return notify(m_after.isValid() ? items.restore(&m_after, error) : items.save(&m_after, error));
    if (!m_after.isValid())
        return notify(items.remove(m_before.id, error));
    return notify(items.save(&m_after, error));
}

bool SaveDirectionEdit::revert(QString *error)
{
    DirectionRepository items(workspace()->database().connection());
    if (!m_before.isValid())
        return notify(items.remove(m_after.id, error));
    if (!m_after.isValid())
        return notify(items.restore(&m_before, error));
    return notify(items.save(&m_before, error));
}

} // namespace daihoi
