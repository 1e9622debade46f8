#include "domain/targets/RatingEvaluation.h"

#include "domain/Percent.h"

#include <QStringList>

namespace daihoi {

QList<int> RatingEvaluation::termYears(int startYear, int endYear)
{
    QList<int> years;
    for (int year = startYear; year < endYear; ++year)
        years.append(year);
    return years;
}

RatingEvaluation::Outcome RatingEvaluation::evaluate(const Target &target, const QList<YearRating> &ratings,
                                                     const QList<int> &years)
{
    Outcome outcome;
    if (!target.isRatingBased())
        return outcome;
    for (int year : years) {
        const YearRating *found = nullptr;
        for (const YearRating &rating : ratings) {
            if (rating.year == year)
                found = &rating;
        }
        YearShare share;
        share.year = year;
        if (target.basis == Target::Basis::MemberRating) {
            if (!found || !found->hasMemberCounts()) {
                outcome.missingYears.append(year);
                continue;
            }
            share.part = found->membersAtOrAbove(target.ratingLevel);
            share.whole = found->memberTotal();
        } else {
            if (!found || !found->unitLevel) {
                outcome.missingYears.append(year);
                continue;
            }
            share.part = QualityRatings::atOrAbove(*found->unitLevel, target.ratingLevel) ? 1 : 0;
            share.whole = 1;
        }
        share.percent = ExactDecimal::percentTruncated(share.part, share.whole);
        outcome.shares.append(share);
    }
    if (!outcome.missingYears.isEmpty() || outcome.shares.isEmpty())
        return outcome;

    if (target.basis == Target::Basis::UnitRating) {
        int yearsAtLevel = 0;
        for (const YearShare &share : outcome.shares)
            yearsAtLevel += share.part;
        outcome.reached = ExactDecimal::percentTruncated(yearsAtLevel, int(outcome.shares.size()));
        return outcome;
    }
    ExactDecimal worst = outcome.shares.first().percent;
    for (const YearShare &share : outcome.shares) {
        const ExactDecimal &p = share.percent;
        switch (target.comparison) {
        case Target::Comparison::AtLeast:
            if (p < worst)
                worst = p;
            break;
        case Target::Comparison::AtMost:
            if (p > worst)
                worst = p;
            break;
        case Target::Comparison::Exactly: {
            const qint64 distance = qAbs(p.scaled() - target.value.scaled());
            if (distance > qAbs(worst.scaled() - target.value.scaled()))
                worst = p;
            break;
        }
        }
    }
    outcome.reached = worst;
    return outcome;
}

QString RatingEvaluation::explain(const Target &target, const Outcome &outcome, QChar decimalSeparator)
{
    QStringList parts;
    for (const YearShare &share : outcome.shares) {
        if (target.basis == Target::Basis::UnitRating)
            parts.append(
                tr("%1: %2").arg(share.year).arg(share.part ? tr("at the level") : tr("below the level")));
        else
            parts.append(tr("%1: %2/%3 (%4 %)")
                             .arg(share.year)
                             .arg(share.part)
                             .arg(share.whole)
                             .arg(Percent::format(share.part, share.whole, decimalSeparator)));
    }
    QStringList missing;
    for (int year : outcome.missingYears)
        missing.append(QString::number(year));
    if (!missing.isEmpty())
        parts.append(tr("ratings missing for %1").arg(missing.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

} // namespace daihoi
