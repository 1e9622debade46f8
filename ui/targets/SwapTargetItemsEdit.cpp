#include "SwapTargetItemsEdit.h"

#include "Workspace.h"
#include "storage/Database.h"
#include "storage/targets/DirectionRepository.h"
#include "storage/targets/TargetRepository.h"
#include "targets/TargetEvents.h"

namespace daihoi {

SwapTargetItemsEdit::SwapTargetItemsEdit(Workspace *workspace, Kind kind, qint64 congressId, qint64 firstId,
                                         qint64 secondId, const QString &text)
    : UndoableEdit(workspace, text), m_kind(kind), m_congressId(congressId), m_firstId(firstId),
      m_secondId(secondId)
{
}

bool SwapTargetItemsEdit::apply(QString *error)
{
    const QSqlDatabase db = workspace()->database().connection();
    const bool ok = m_kind == Kind::Target
                        ? TargetRepository(db).swapPositions(m_firstId, m_secondId, error)
                        : DirectionRepository(db).swapPositions(m_firstId, m_secondId, error);
    if (ok)
        emit TargetEvents::of(workspace())->changed(m_congressId);
    return ok;
}

} // namespace daihoi
