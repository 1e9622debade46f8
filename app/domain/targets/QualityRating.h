#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace daihoi {

// Yearly quality rating of a party organisation or member (Quy định 366-QĐ/TW, 2025), with the level
// older resolutions of organisations still use.
enum class QualityRating {
    Excellent,    // hoàn thành xuất sắc nhiệm vụ
    Good,         // hoàn thành tốt nhiệm vụ
    Completed,    // hoàn thành nhiệm vụ
    NotCompleted, // không hoàn thành nhiệm vụ
    CleanStrong,  // trong sạch vững mạnh: legacy, organisations only
};

class QualityRatings
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::QualityRatings)
public:
    // The four levels members are rated in, best first.
    static QList<QualityRating> memberLevels();
    // The levels a unit may be rated in: the four plus the legacy "trong sạch vững mạnh".
    static QList<QualityRating> unitLevels();
    static QString key(QualityRating level);
    static bool fromKey(const QString &key, QualityRating *level);
    static QString label(QualityRating level);
    // 4 = best. The legacy "trong sạch vững mạnh" was the top level of its time, so it ranks with
    // "hoàn thành xuất sắc nhiệm vụ" when a rule asks for a level "or above" (trở lên).
    static int rank(QualityRating level);
    static bool atOrAbove(QualityRating level, QualityRating minimum) { return rank(level) >= rank(minimum); }
};

} // namespace daihoi
