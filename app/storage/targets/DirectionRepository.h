#pragma once

#include "domain/targets/DirectionItem.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace daihoi {

// The direction items (phương hướng, nhiệm vụ, giải pháp) of congress resolutions. Each write is one
// transaction.
class DirectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::DirectionRepository)
public:
    explicit DirectionRepository(QSqlDatabase db);

    // By group (direction, task, solution), then in their order.
    bool items(qint64 congressId, QList<DirectionItem> *items, QString *error) const;
    bool byId(qint64 id, DirectionItem *item, QString *error) const;
    // Inserts (id 0: last of the congress) or updates group and text.
    bool save(DirectionItem *item, QString *error);
    // Inserts a removed item again under its former id and position.
    bool restore(DirectionItem *item, QString *error);
    bool remove(qint64 id, QString *error);
    bool swapPositions(qint64 firstId, qint64 secondId, QString *error);

private:
    bool write(DirectionItem *item, bool withId, QString *error);

    QSqlDatabase m_db;
};

} // namespace daihoi
