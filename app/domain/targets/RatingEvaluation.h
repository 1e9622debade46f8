#pragma once

#include "domain/targets/ExactDecimal.h"
#include "domain/targets/Target.h"
#include "domain/targets/YearRating.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace daihoi {

// Evaluates a rating-based target ("Hằng năm 100 % đảng viên hoàn thành tốt nhiệm vụ trở lên") from the
// yearly ratings. "Hằng năm" means every year: the value reached is the worst year's share, worst in the
// sense of the comparison (the lowest for ≥, the highest for ≤, the one farthest from the value for =),
// so the target is achieved only when every year meets it. Shares are exact fractions truncated to the
// ExactDecimal grid, which keeps the comparison with the target exact.
class RatingEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RatingEvaluation)
public:
    struct YearShare
    {
        int year = 0;
        int part = 0;  // members (or the unit) at the level or above
        int whole = 0; // members rated (or 1 for the unit)
        ExactDecimal percent;
    };
    struct Outcome
    {
        QList<YearShare> shares;
        QList<int> missingYears;             // years of the term without the ratings needed
        std::optional<ExactDecimal> reached; // empty while a year is missing
    };

    // The years a term's ratings cover: its first year up to the year before it ends. A congress is held
    // during the last year, before that year is rated (2022–2025: 2022, 2023, 2024).
    static QList<int> termYears(int startYear, int endYear);
    static Outcome evaluate(const Target &target, const QList<YearRating> &ratings, const QList<int> &years);
    // "2022: 28/30 (93,33 %); 2023: 30/30 (100 %); missing: 2024"
    static QString explain(const Target &target, const Outcome &outcome, QChar decimalSeparator);
};

} // namespace daihoi
