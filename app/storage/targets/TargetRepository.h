#pragma once

#include "domain/Term.h"
#include "domain/targets/Target.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

namespace daihoi {

// Reads and writes the targets of congress resolutions and their review. Each write is one transaction
// and validates first; a rating-based target's value reached is computed here from the unit's ratings.
class TargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::TargetRepository)
public:
    explicit TargetRepository(QSqlDatabase db);

    // In their order.
    bool targets(qint64 congressId, QList<Target> *targets, QString *error) const;
    // false with an empty error when there is no such target.
    bool byId(qint64 id, Target *target, QString *error) const;
    // Inserts (id 0: at the end of its congress) or updates the definition and the value reached.
    bool save(Target *target, QString *error);
    // Inserts a removed target again under its former id and position (undo of a removal).
    bool restore(Target *target, QString *error);
    bool remove(qint64 id, QString *error);
    // Exchanges the places of two targets of one congress: moving one up or down, and its undo.
    bool swapPositions(qint64 firstId, qint64 secondId, QString *error);
    // Adds all (copies from the previous term) in one transaction; fills their ids.
    bool addAll(QList<Target> *targets, QString *error);
    bool removeAll(const QList<qint64> &ids, QString *error);
    // Inserts removed targets again under their ids and positions, in one transaction (redo of a copy).
    bool restoreAll(QList<Target> *targets, QString *error);
    // The targets of the same unit's congress in the term that started last before this congress's term.
    // false with an empty error when there is none.
    bool previousTermTargets(qint64 congressId, QList<Target> *targets, Term *previousTerm,
                             QString *error) const;
    // After the unit's ratings changed: the value reached of its rating-based targets follows them.
    bool refreshRatingTargets(qint64 unitId, QString *error);

    // Shared with the committee-wide query: the columns of a target row under a table alias, and reading
    // them.
    static QString columns(const QString &alias);
    static Target fromRow(const QSqlQuery &query, int first);

private:
    bool write(Target *target, bool withId, QString *error);
    bool computeReached(Target *target, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace daihoi
