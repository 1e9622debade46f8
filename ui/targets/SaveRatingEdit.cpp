#include "SaveRatingEdit.h"

#include "Workspace.h"
#include "storage/Database.h"
#include "storage/targets/RatingRepository.h"
#include "targets/TargetEvents.h"

namespace daihoi {

SaveRatingEdit::SaveRatingEdit(Workspace *workspace, qint64 unitId, const YearRating &before,
                               const YearRating &after, const QString &text)
    : UndoableEdit(workspace, text), m_unitId(unitId), m_before(before), m_after(after)
{
}

bool SaveRatingEdit::write(const YearRating &rating, QString *error)
{
    if (!RatingRepository(workspace()->database().connection()).save(m_unitId, rating, error))
        return false;
    emit TargetEvents::of(workspace())->ratingsChanged(m_unitId);
    return true;
}

} // namespace daihoi
