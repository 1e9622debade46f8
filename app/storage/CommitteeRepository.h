#pragma once

#include "domain/committee/CommitteeMember.h"
#include "domain/committee/CompositionFigures.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// The committee a congress elected: people and their places on it.
class CommitteeRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CommitteeRepository)
public:
    explicit CommitteeRepository(QSqlDatabase db);

    bool members(qint64 congressId, QList<CommitteeMember> *members, QString *error) const;
    // Replaces the whole committee of the congress in one transaction; people are updated or added
    // and the ids filled in.
    bool replace(qint64 congressId, QList<CommitteeMember> *members, QString *error);
    // The people on the unit's committee in the latest term that started before `startYear`.
    // Marks every member of the congress approved by the decision `document` of `date`; joins the
    // caller's transaction (Transaction nests).
    bool approve(qint64 congressId, const QString &document, const QDate &date, QString *error);
    // Puts back one member's approval fields as they were (undo), found by congress and person: a
    // committee rewritten in between keeps its people but not its row ids.
    bool restoreApproval(const CommitteeMember &member, QString *error);
    bool previousCommittee(qint64 unitId, int startYear, QList<Person> *people, QString *error) const;
    // Composition summed over the held congresses of parentId's direct, non-retired units in the term,
    // counted by SQL aggregates.
    bool composition(qint64 parentId, qint64 termId, int youngAgeLimit, CompositionFigures *figures,
                     QString *error) const;
    // Its statement, for a condition on the units u ("u.parent_id = ?" bound first, then the term):
    // one row of counts per held congress, no member rows.
    static QString compositionStatement(const QString &parentCondition, int youngAgeLimit = 40);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
