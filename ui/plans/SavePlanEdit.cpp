#include "SavePlanEdit.h"

#include "Workspace.h"
#include "plans/PlanEvents.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"

namespace daihoi {

SavePlanEdit::SavePlanEdit(Workspace *workspace, const Plan &before, const Plan &after, const QString &text)
    : UndoableEdit(workspace, text)
    , m_before(before)
    , m_after(after)
{
}

bool SavePlanEdit::replace(const Plan &expected, Plan *wanted, bool remove, QString *error)
{
    PlanRepository plans(workspace()->database().connection());
    const qint64 unitId = expected.isValid() ? expected.unitId : wanted->unitId;
    const qint64 termId = expected.isValid() ? expected.termId : wanted->termId;
    Plan stored;
    if (!plans.plan(unitId, termId, &stored, error))
        return false;
    if (stored.isValid() != expected.isValid() || (stored.isValid() && stored != expected)) {
        *error = tr("Not saved: another clerk changed this plan meanwhile. Look at their change, then make yours again.");
        return false;
    }
    bool ok = true;
    if (!remove) {
        wanted->id = stored.id;
        ok = plans.save(wanted, error) && plans.plan(wanted->unitId, wanted->termId, wanted, error);
    } else if (stored.isValid()) {
        ok = plans.remove(stored.id, error);
    }
    if (ok)
        emit PlanEvents::of(workspace())->planChanged(unitId, termId);
    return ok;
}

bool SavePlanEdit::apply(QString *error)
{
    // The first save starts from the plan the panel showed; a redo from the state its undo left.
    return replace(m_before, &m_after, false, error);
}

bool SavePlanEdit::revert(QString *error)
{
    // A plan this edit created is removed; one it changed gets its earlier contents back.
    Plan previous = m_before;
    if (!replace(m_after, &previous, !m_before.isValid(), error))
        return false;
    if (m_before.isValid())
        m_before = previous;
    return true;
}

} // namespace daihoi
