#include "RatingRepository.h"

#include "domain/targets/TargetValidator.h"
#include "storage/QueryRunner.h"
#include "storage/Transaction.h"
#include "storage/targets/TargetRepository.h"

#include <QSqlQuery>

namespace daihoi {

RatingRepository::RatingRepository(QSqlDatabase db) : m_db(db) {}

bool RatingRepository::ratings(qint64 unitId, int fromYear, int toYear, QList<YearRating> *ratings,
                               QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(
            query,
            QStringLiteral("SELECT rating_year, unit_level, members_excellent, members_good, "
                           "members_completed, members_not_completed FROM unit_year_ratings "
                           "WHERE unit_id = ? AND rating_year BETWEEN ? AND ? ORDER BY rating_year"),
            {unitId, fromYear, toYear}, error))
        return false;
    ratings->clear();
    while (query.next()) {
        YearRating rating;
        rating.year = query.value(0).toInt();
        QualityRating level;
        if (!query.value(1).isNull() && QualityRatings::fromKey(query.value(1).toString(), &level))
            rating.unitLevel = level;
        const QList<QualityRating> levels = QualityRatings::memberLevels();
        for (int i = 0; i < levels.size(); ++i) {
            const int count = query.value(2 + i).toInt();
            if (count != 0)
                rating.members.insert(levels.at(i), count);
        }
        ratings->append(rating);
    }
    return true;
}

bool RatingRepository::save(qint64 unitId, const YearRating &rating, QString *error)
{
    const FieldErrors problems = TargetValidator::validate(rating);
    if (!problems.isEmpty()) {
        *error = TargetValidator::joined(problems);
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    if (rating.isEmpty()) {
        if (!QueryRunner::run(
                query, QStringLiteral("DELETE FROM unit_year_ratings WHERE unit_id = ? AND rating_year = ?"),
                {unitId, rating.year}, error))
            return false;
    } else {
        const QVariant level = rating.unitLevel ? QVariant(QualityRatings::key(*rating.unitLevel))
                                                : QVariant(QMetaType(QMetaType::QString));
        const QVariantList counts = {
            rating.memberCount(QualityRating::Excellent), rating.memberCount(QualityRating::Good),
            rating.memberCount(QualityRating::Completed), rating.memberCount(QualityRating::NotCompleted)};
        if (!QueryRunner::run(
                query,
                QStringLiteral("UPDATE unit_year_ratings SET unit_level = ?, members_excellent = ?, "
                               "members_good = ?, members_completed = ?, members_not_completed = ? "
                               "WHERE unit_id = ? AND rating_year = ?"),
                QVariantList{level} + counts + QVariantList{unitId, rating.year}, error))
            return false;
        if (query.numRowsAffected() == 0) {
            qint64 id = 0;
            if (!QueryRunner::insert(
                    m_db,
                    QStringLiteral("INSERT INTO unit_year_ratings (unit_id, rating_year, unit_level, "
                                   "members_excellent, members_good, members_completed, "
                                   "members_not_completed) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    QVariantList{unitId, rating.year, level} + counts, &id, error))
                return false;
        }
    }
    if (!TargetRepository(m_db).refreshRatingTargets(unitId, error))
        return false;
    return transaction.commit(error);
}

} // namespace daihoi
