#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/committee/CommitteeMember.h"
#include "reports/DocumentHeader.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// Records the committee's Quyết định chuẩn y on the chi bộ committees they approve: each committee
// becomes "approved" with the decision's number and date (domain.md §3).
class ApprovalService
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ApprovalService)
public:
    // One decision of a batch: the congress whose committee it approves, its number and date.
    struct Decision
    {
        qint64 congressId = 0;
        QString unitName;
        QString number; // "125-QĐ/ĐU"
        QDate date;
    };

    explicit ApprovalService(QSqlDatabase db);

    // The decisions the Decision document prints for the unit and term with this header, in the same
    // order and with the same numbers (DecisionBatch, numbered on from header.number).
    bool decisions(const Unit &unit, const Term &term, const DocumentHeader &header,
                   QList<Decision> *decisions, QString *error) const;
    // The members of those congresses as they are now, to undo a recording with.
    bool currentMembers(const QList<Decision> &decisions, QList<CommitteeMember> *members,
                        QString *error) const;
    // Every decision's number and date on its committee, all in one transaction. Refuses a decision
    // without a number or date: an approval is recorded by its document.
    bool record(const QList<Decision> &decisions, QString *error);
    // Puts the members' approval fields back as they were, in one transaction.
    bool restore(const QList<CommitteeMember> &members, QString *error);
    // "125-QĐ/ĐU – 136-QĐ/ĐU", or the one number.
    static QString numberRange(const QList<Decision> &decisions);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
