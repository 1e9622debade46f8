#include "UnitRepository.h"

#include "QueryRunner.h"
#include "RowVersions.h"
#include "SearchWordIndex.h"
#include "Transaction.h"
#include "domain/SearchKey.h"

#include <QSqlQuery>
#include <QVariant>

namespace daihoi {

namespace {

const char *const unitColumns = "u.id, u.parent_id, u.code, u.name, u.level, u.retired, "
                                "(SELECT COUNT(*) FROM units c WHERE c.parent_id = u.id) AS child_count, u.row_version";

QVariant parentValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong));
}

QString parentCondition(qint64 parentId)
{
    return parentId > 0 ? QStringLiteral("parent_id = ?") : QStringLiteral("parent_id IS NULL");
}

// The top of the tree a connection sees: on an office server a clerk granted VH-01 but not VH sees VH-01 at
// the top (row-level security hides its parent). On SQLite, and for whoever sees every unit, the
// condition is the plain one.
QString listCondition(const QSqlDatabase &db, qint64 parentId)
{
    if (parentId > 0 || db.driverName() != QLatin1String("QPSQL")
        || !db.tables().contains(QStringLiteral("office_grants")))
        return QStringLiteral("u.") + parentCondition(parentId);
    return QStringLiteral("u.id IN (SELECT daihoi_top_units())");
}

QString searchKey(const QString &name, const QString &code)
{
    return SearchKey::of(name + QLatin1Char(' ') + code);
}

QVariantList parentBinding(qint64 parentId)
{
    return parentId > 0 ? QVariantList{parentId} : QVariantList{};
}

// The row to update: by id alone for a caller that read no version, by id and version otherwise.
QString versionCondition(int expectedVersion)
{
    return expectedVersion < 0 ? QStringLiteral("id = ?") : QStringLiteral("id = ? AND row_version = ?");
}

QVariantList versionValues(qint64 id, int expectedVersion)
{
    return expectedVersion < 0 ? QVariantList{id} : QVariantList{id, expectedVersion};
}

Unit unitFromRow(const QSqlQuery &query)
{
    Unit unit;
    unit.id = query.value(0).toLongLong();
    unit.parentId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    unit.code = query.value(2).toString();
    unit.name = query.value(3).toString();
    UnitLevels::fromKey(query.value(4).toString(), &unit.level);
    unit.retired = query.value(5).toInt() != 0;
    unit.childCount = query.value(6).toInt();
    unit.rowVersion = query.value(7).toInt();
    return unit;
}

} // namespace

UnitRepository::UnitRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool UnitRepository::children(qint64 parentId, int offset, int limit, QList<Unit> *units, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM units u WHERE %2 ORDER BY u.position, u.id LIMIT ? OFFSET ?")
                            .arg(QLatin1String(unitColumns), listCondition(m_db, parentId));
    if (!QueryRunner::run(query, sql, parentBinding(parentId) + QVariantList{limit, offset}, error))
        return false;
    units->clear();
    while (query.next())
        units->append(unitFromRow(query));
    return true;
}

bool UnitRepository::activeChildren(qint64 parentId, QList<Unit> *units, QString *error) const
{
    units->clear();
    constexpr int page = 500;
    QList<Unit> children;
    for (int offset = 0;; offset += page) {
        if (!this->children(parentId, offset, page, &children, error))
            return false;
        for (const Unit &child : std::as_const(children)) {
            if (!child.retired)
                units->append(child);
        }
        if (children.size() < page)
            return true;
    }
}

bool UnitRepository::childCount(qint64 parentId, int *count, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT COUNT(*) FROM units u WHERE %1").arg(listCondition(m_db, parentId)),
                          parentBinding(parentId), error))
        return false;
    *count = query.next() ? query.value(0).toInt() : 0;
    return true;
}

bool UnitRepository::byId(qint64 id, Unit *unit, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("SELECT %1 FROM units u WHERE u.id = ?").arg(QLatin1String(unitColumns)),
                          {id}, error))
        return false;
    if (!query.next()) {
        *error = tr("No unit has the id %1.").arg(id);
        return false;
    }
    *unit = unitFromRow(query);
    return true;
}

bool UnitRepository::byCode(const QString &code, Unit *unit, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT %1 FROM units u WHERE u.code = ?").arg(QLatin1String(unitColumns)),
                          {code.trimmed()}, error))
        return false;
    if (!query.next()) {
        error->clear();
        return false;
    }
    *unit = unitFromRow(query);
    return true;
}

bool UnitRepository::pathTo(qint64 id, QList<qint64> *path, QString *error) const
{
    path->clear();
    QSqlQuery query(m_db);
    qint64 current = id;
    // The tree is shallow (a handful of levels), so walking up costs a few indexed lookups.
    while (current > 0) {
        path->prepend(current);
        if (!QueryRunner::run(query, QStringLiteral("SELECT parent_id FROM units WHERE id = ?"), {current}, error))
            return false;
        if (!query.next()) {
            if (current != id) {
                path->removeFirst(); // an ancestor this clerk may not see: the path starts at the unit granted
                break;
            }
            *error = tr("No unit has the id %1.").arg(current);
            return false;
        }
        current = query.value(0).isNull() ? 0 : query.value(0).toLongLong();
        if (path->size() > 64) {
            *error = tr("The unit tree has a cycle at id %1.").arg(id);
            return false;
        }
    }
    return true;
}

bool UnitRepository::validateCode(const QString &code, qint64 exceptId, QString *error) const
{
    if (code.trimmed().isEmpty()) {
        *error = tr("Code: a unit needs a code.");
        return false;
    }
    Unit existing;
    if (byCode(code, &existing, error) && existing.id != exceptId) {
        *error = tr("Code: %1 is already used by %2.").arg(code.trimmed(), existing.name);
        return false;
    }
    return error->isEmpty();
}

bool UnitRepository::add(Unit *unit, QString *error)
{
    error->clear();
    if (unit->name.trimmed().isEmpty()) {
        *error = tr("Name: a unit needs a name.");
        return false;
    }
    if (!validateCode(unit->code, 0, error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    if (unit->parentId > 0) {
        Unit parent;
        if (!byId(unit->parentId, &parent, error))
            return false;
        if (UnitLevels::isBranch(parent.level)) {
            *error = tr("%1 is a branch: a branch has no subordinate units.").arg(parent.name);
            return false;
        }
    }
    qint64 id = 0;
    // A unit restored by a redo keeps the id it had, so later edits in the undo history still find it.
    const bool keepId = unit->id > 0;
    const QString sql = QStringLiteral(
        "INSERT INTO units (%1parent_id, code, name, level, position, retired, search_key) VALUES (%2?, ?, ?, ?, "
        "(SELECT COALESCE(MAX(position), 0) + 1 FROM units WHERE %3), ?, ?)")
                            .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral("?, ") : QString(),
                                 parentCondition(unit->parentId));
    QVariantList values;
    if (keepId)
        values.append(unit->id);
    values += QVariantList{parentValue(unit->parentId), unit->code.trimmed(), unit->name.trimmed(),
                           UnitLevels::key(unit->level)};
    values += parentBinding(unit->parentId);
    values.append(unit->retired ? 1 : 0);
    const QString key = searchKey(unit->name, unit->code);
    values.append(key);
    if (!QueryRunner::insert(m_db, sql, values, &id, error)
        || !SearchWordIndex(m_db).add(SearchWordIndex::Kind::Unit, id, key, error))
        return false;
    if (!transaction.commit(error))
        return false;
    unit->id = id;
    unit->code = unit->code.trimmed();
    unit->name = unit->name.trimmed();
    unit->childCount = 0;
    return true;
}

bool UnitRepository::rename(qint64 id, const QString &name, QString *error, int expectedVersion)
{
    if (name.trimmed().isEmpty()) {
        *error = tr("Name: a unit needs a name.");
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    Unit unit;
    if (!byId(id, &unit, error))
        return false;
    const QString key = searchKey(name, unit.code);
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("UPDATE units SET name = ?, search_key = ?, %1 WHERE %2")
                              .arg(RowVersions::updateSet(), versionCondition(expectedVersion)),
                          QVariantList{name.trimmed(), key} + RowVersions::stampValues(m_db)
                              + versionValues(id, expectedVersion),
                          error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = RowVersions::refusal(m_db, RowVersions::Kind::Unit, id);
        return false;
    }
    if (!SearchWordIndex(m_db).replace(SearchWordIndex::Kind::Unit, id, key, error))
        return false;
    return transaction.commit(error);
}

bool UnitRepository::isDescendantOrSelf(qint64 candidate, qint64 ancestor, bool *result, QString *error) const
{
    QList<qint64> path;
    if (!pathTo(candidate, &path, error))
        return false;
    *result = path.contains(ancestor);
    return true;
}

bool UnitRepository::move(qint64 id, qint64 newParentId, QString *error, int expectedVersion)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    Unit unit;
    if (!byId(id, &unit, error))
        return false;
    if (newParentId > 0) {
        Unit parent;
        if (!byId(newParentId, &parent, error))
            return false;
        bool insideItself = false;
        if (!isDescendantOrSelf(newParentId, id, &insideItself, error))
            return false;
        if (insideItself) {
            *error = tr("%1 cannot be moved under %2: that unit is part of it.").arg(unit.name, parent.name);
            return false;
        }
        if (UnitLevels::isBranch(parent.level)) {
            *error = tr("%1 is a branch: a branch has no subordinate units.").arg(parent.name);
            return false;
        }
    }
    QSqlQuery query(m_db);
    QVariantList values{parentValue(newParentId)};
    values += parentBinding(newParentId);
    values += RowVersions::stampValues(m_db) + versionValues(id, expectedVersion);
    if (!QueryRunner::run(query,
                          QStringLiteral("UPDATE units SET parent_id = ?, position = "
                                         "(SELECT COALESCE(MAX(position), 0) + 1 FROM units WHERE %1), %2 WHERE %3")
                              .arg(parentCondition(newParentId), RowVersions::updateSet(),
                                   versionCondition(expectedVersion)),
                          values, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = RowVersions::refusal(m_db, RowVersions::Kind::Unit, id);
        return false;
    }
    return transaction.commit(error);
}

bool UnitRepository::setRetired(qint64 id, bool retired, QString *error, int expectedVersion)
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("UPDATE units SET retired = ?, %1 WHERE %2")
                              .arg(RowVersions::updateSet(), versionCondition(expectedVersion)),
                          QVariantList{retired ? 1 : 0} + RowVersions::stampValues(m_db)
                              + versionValues(id, expectedVersion),
                          error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = expectedVersion < 0 ? tr("No unit has the id %1.").arg(id)
                                     : RowVersions::refusal(m_db, RowVersions::Kind::Unit, id);
        return false;
    }
    return true;
}

bool UnitRepository::remove(qint64 id, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT (SELECT COUNT(*) FROM units WHERE parent_id = ?) + "
                                         "(SELECT COUNT(*) FROM congresses WHERE unit_id = ?)"),
                          {id, id}, error))
        return false;
    if (query.next() && query.value(0).toInt() > 0) {
        *error = tr("The unit still has subordinate units or congress records; retire it instead.");
        return false;
    }
    if (!QueryRunner::run(query, QStringLiteral("DELETE FROM units WHERE id = ?"), {id}, error))
        return false;
    return transaction.commit(error);
}

} // namespace daihoi
