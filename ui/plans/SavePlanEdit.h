#pragma once

#include "commands/UndoableEdit.h"
#include "domain/plans/Plan.h"

#include <QCoreApplication>

namespace daihoi {

// Saves a committee's plan with its timetable and work items as one undoable change; with a `before` of id 0
// it creates the plan, and its undo removes it. Plans carry no row version, so each save, undo and redo first
// checks that the stored plan is still the one this edit left (or started from): another clerk's change is
// refused by name, never overwritten in silence.
class SavePlanEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::SavePlanEdit)
public:
    SavePlanEdit(Workspace *workspace, const Plan &before, const Plan &after, const QString &text);
    bool apply(QString *error) override;
    bool revert(QString *error) override;
    // The plan as stored after the last apply (blank lines dropped, id filled).
    Plan saved() const { return m_after; }

private:
    // Replaces `expected` (what should be stored now; id 0: no plan) by `wanted`, or removes it.
    bool replace(const Plan &expected, Plan *wanted, bool remove, QString *error);

    Plan m_before;
    Plan m_after;
};

} // namespace daihoi
