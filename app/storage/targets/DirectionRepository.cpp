#include "DirectionRepository.h"

#include "domain/targets/TargetValidator.h"
#include "storage/QueryRunner.h"
#include "storage/RowPositions.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace daihoi {

namespace {

const char *const itemColumns = "id, congress_id, direction_group, position, body";

DirectionItem itemFromRow(const QSqlQuery &q)
{
    DirectionItem item;
    item.id = q.value(0).toLongLong();
    item.congressId = q.value(1).toLongLong();
    DirectionItem::groupFromKey(q.value(2).toString(), &item.group);
    item.position = q.value(3).toInt();
    item.text = q.value(4).toString();
    return item;
}

} // namespace

DirectionRepository::DirectionRepository(QSqlDatabase db) : m_db(db) {}

bool DirectionRepository::items(qint64 congressId, QList<DirectionItem> *items, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(
            query,
            QStringLiteral("SELECT %1 FROM congress_directions WHERE congress_id = ? "
                           "ORDER BY CASE direction_group WHEN 'direction' THEN 0 WHEN 'task' THEN 1 "
                           "ELSE 2 END, position, id")
                .arg(QLatin1String(itemColumns)),
            {congressId}, error))
        return false;
    items->clear();
    while (query.next())
        items->append(itemFromRow(query));
    return true;
}

bool DirectionRepository::byId(qint64 id, DirectionItem *item, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(
            query,
            QStringLiteral("SELECT %1 FROM congress_directions WHERE id = ?").arg(QLatin1String(itemColumns)),
            {id}, error))
        return false;
    error->clear();
    if (!query.next())
        return false;
    *item = itemFromRow(query);
    return true;
}

bool DirectionRepository::save(DirectionItem *item, QString *error)
{
    return write(item, false, error);
}

bool DirectionRepository::restore(DirectionItem *item, QString *error)
{
    return write(item, true, error);
}

bool DirectionRepository::write(DirectionItem *item, bool withId, QString *error)
{
    const FieldErrors problems = TargetValidator::validate(*item);
    if (!problems.isEmpty()) {
        *error = TargetValidator::joined(problems);
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    if (item->id == 0 || withId) {
        if (!QueryRunner::run(
                query,
                QStringLiteral("SELECT COUNT(*), (SELECT COALESCE(MAX(position), -1) + 1 FROM "
                               "congress_directions WHERE congress_id = ?) FROM congresses WHERE id = ?"),
                {item->congressId, item->congressId}, error))
            return false;
        if (!query.next() || query.value(0).toInt() != 1) {
            *error = tr("The congress record %1 no longer exists.").arg(item->congressId);
            return false;
        }
        if (!withId)
            item->position = query.value(1).toInt();
        const QVariantList keys = withId ? QVariantList{item->id} : QVariantList{};
        qint64 id = 0;
        if (!QueryRunner::insert(
                m_db,
                QStringLiteral("INSERT INTO congress_directions (%1congress_id, direction_group, "
                               "position, body) VALUES (%2?, ?, ?, ?)")
                    .arg(withId ? QStringLiteral("id, ") : QString(),
                         withId ? QStringLiteral("?, ") : QString()),
                keys + QVariantList{item->congressId, DirectionItem::groupKey(item->group), item->position,
                                    item->text.trimmed()},
                &id, error))
            return false;
        item->id = id;
    } else {
        if (!QueryRunner::run(
                query,
                QStringLiteral("UPDATE congress_directions SET direction_group = ?, body = ? WHERE id = ?"),
                {DirectionItem::groupKey(item->group), item->text.trimmed(), item->id}, error))
            return false;
        if (query.numRowsAffected() != 1) {
            *error = tr("The direction item %1 no longer exists.").arg(item->id);
            return false;
        }
    }
    return transaction.commit(error);
}

bool DirectionRepository::remove(qint64 id, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("DELETE FROM congress_directions WHERE id = ?"), {id}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = tr("The direction item %1 no longer exists.").arg(id);
        return false;
    }
    return transaction.commit(error);
}

bool DirectionRepository::swapPositions(qint64 firstId, qint64 secondId, QString *error)
{
    DirectionItem first;
    DirectionItem second;
    if (!byId(firstId, &first, error) || !byId(secondId, &second, error)) {
        if (error->isEmpty())
            *error = tr("The direction item to move no longer exists.");
        return false;
    }
    if (first.congressId != second.congressId) {
        *error = tr("Direction items %1 and %2 belong to different congresses.").arg(firstId).arg(secondId);
        return false;
    }
    return RowPositions::swap(m_db, QStringLiteral("congress_directions"), firstId, first.position, secondId, second.position,
                              error);
}

} // namespace daihoi
