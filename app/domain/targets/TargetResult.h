#pragma once

#include <QCoreApplication>
#include <QString>

namespace daihoi {

// The review of one target at the end of its term.
enum class TargetResult {
    NotReviewed, // no value reached entered (or, for a rating-based target, a year's ratings missing)
    NotAchieved, // không đạt
    Achieved,    // đạt
    Exceeded,    // vượt
};

class TargetResults
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::TargetResults)
public:
    static QList<TargetResult> all();
    // Stable keys: the SQL of the committee-wide query produces the same ones.
    static QString key(TargetResult result);
    static bool fromKey(const QString &key, TargetResult *result);
    static QString label(TargetResult result);
};

} // namespace daihoi
