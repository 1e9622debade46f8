#pragma once

#include "UndoableEdit.h"
#include "services/ApprovalService.h"

#include <QCoreApplication>

namespace daihoi {

// Records a batch of approval decisions on the committees they approve, and undoes it in one step
// by putting back every member's approval fields as they were.
class RecordApprovalsEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RecordApprovalsEdit)
public:
    // Reads the committees as they are now; nullptr and *error when they cannot be read.
    static RecordApprovalsEdit *create(Workspace *workspace,
                                       const QList<ApprovalService::Decision> &decisions, QString *error);

    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    RecordApprovalsEdit(Workspace *workspace, const QList<ApprovalService::Decision> &decisions,
                        const QList<CommitteeMember> &before);
    void announce();

    QList<ApprovalService::Decision> m_decisions;
    QList<CommitteeMember> m_before;
};

} // namespace daihoi
