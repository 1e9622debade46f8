#pragma once

#include "storage/SearchRepository.h"

#include <QStringList>

// The titles of the units and people a search finds, sorted: the order of hits is the index's, not a
// promise. On failure, one line "error: …" that no expected list holds.
inline QStringList searchTitles(QSqlDatabase db, const QString &text, int limit)
{
    QList<daihoi::SearchHit> hits;
    QString error;
    if (!daihoi::SearchRepository(db).search(text, limit, &hits, &error))
        return {QStringLiteral("error: ") + error};
    QStringList names;
    for (const daihoi::SearchHit &hit : std::as_const(hits))
        names.append(hit.title);
    names.sort();
    return names;
}
