#pragma once

#include "domain/Unit.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace daihoi {

// Reads and writes the tree of party units. Each write method is one transaction.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::UnitRepository)
public:
    explicit UnitRepository(QSqlDatabase db);

    // Children of parentId (0: the top level) in their order, a page at a time.
    bool children(qint64 parentId, int offset, int limit, QList<Unit> *units, QString *error) const;
    // Every child of parentId still active (not retired), in their order: the units a committee reports on.
    bool activeChildren(qint64 parentId, QList<Unit> *units, QString *error) const;
    bool childCount(qint64 parentId, int *count, QString *error) const;
    bool byId(qint64 id, Unit *unit, QString *error) const;
    // false with an empty error when no unit has that code.
    bool byCode(const QString &code, Unit *unit, QString *error) const;
    // The ids from the top down to id, for opening the tree at a unit.
    bool pathTo(qint64 id, QList<qint64> *path, QString *error) const;

    // Adds a unit at the end of its parent's children; fills unit->id (or reuses a given one).
    bool add(Unit *unit, QString *error);
    // rename, move and setRetired refuse, naming who changed the unit and when, if its row is no longer
    // at expectedVersion (Unit::rowVersion as read); -1 changes it whatever its version.
    bool rename(qint64 id, const QString &name, QString *error, int expectedVersion = -1);
    // Moves under newParentId (0: top level), at the end; refuses to move a unit under itself.
    bool move(qint64 id, qint64 newParentId, QString *error, int expectedVersion = -1);
    bool setRetired(qint64 id, bool retired, QString *error, int expectedVersion = -1);
    // Only a unit with no children and no congress can be removed (undo of an addition).
    bool remove(qint64 id, QString *error);

private:
    bool validateCode(const QString &code, qint64 exceptId, QString *error) const;
    bool isDescendantOrSelf(qint64 candidate, qint64 ancestor, bool *result, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace daihoi
