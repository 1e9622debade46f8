#pragma once

#include "domain/targets/YearRating.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace daihoi {

// The yearly quality ratings of units: each unit's own level and its members counted per level.
class RatingRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RatingRepository)
public:
    explicit RatingRepository(QSqlDatabase db);

    // The years from fromYear to toYear that have ratings, in order.
    bool ratings(qint64 unitId, int fromYear, int toYear, QList<YearRating> *ratings, QString *error) const;
    // Replaces the unit's ratings of rating.year (an empty rating removes them) and recomputes the unit's
    // rating-based targets, in one transaction.
    bool save(qint64 unitId, const YearRating &rating, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
