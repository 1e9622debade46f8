#pragma once

#include "HistoryEntry.h"

#include <QList>
#include <QSqlDatabase>

namespace daihoi {

// Reads change_history, newest first, a page at a time: pass the id of the last entry of the previous page
// as beforeId (0 for the newest). What a clerk may read is the database's business (row-level rights).
class HistoryRepository
{
public:
    explicit HistoryRepository(QSqlDatabase db);

    // A congress and everything under it (guests, elections, rounds, candidates, committee, targets...),
    // with the people on its committee.
    bool forCongress(qint64 congressId, qint64 beforeId, int limit, QList<HistoryEntry> *entries,
                     QString *error) const;
    // Everything filed under one unit: its own row, its congresses and their contents, its ratings.
    bool forUnit(qint64 unitId, qint64 beforeId, int limit, QList<HistoryEntry> *entries, QString *error) const;
    // A unit's congress of one term with everything under it, and the unit's own changes.
    bool forUnitTerm(qint64 unitId, qint64 termId, qint64 beforeId, int limit, QList<HistoryEntry> *entries,
                     QString *error) const;

private:
    bool read(const QString &where, QVariantList values, qint64 beforeId, int limit, QList<HistoryEntry> *entries,
              QString *error) const;

    QSqlDatabase m_db;
};

} // namespace daihoi
