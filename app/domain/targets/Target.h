#pragma once

#include "domain/targets/ExactDecimal.h"
#include "domain/targets/QualityRating.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <optional>

namespace daihoi {

// A measurable target (chỉ tiêu) of a congress resolution, and the value reached at the end of the term.
struct Target
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::Target)
public:
    enum class Comparison { AtLeast, AtMost, Exactly };
    // Where the value reached comes from: typed by the clerk, or computed from the yearly ratings.
    enum class Basis {
        Manual,
        MemberRating, // share of members rated at ratingLevel or above, every year of the term
        UnitRating,   // share of the term's years in which the unit was rated at ratingLevel or above
    };

    qint64 id = 0;
    qint64 congressId = 0;
    int position = 0;
    QString group; // xây dựng Đảng, kinh tế – xã hội, quốc phòng – an ninh …
    QString name;
    Comparison comparison = Comparison::AtLeast;
    ExactDecimal value;
    QString unit; // %, người, triệu đồng/người/năm …
    Basis basis = Basis::Manual;
    QualityRating ratingLevel = QualityRating::Good;
    std::optional<ExactDecimal> reached;

    bool isValid() const { return id > 0; }
    bool isRatingBased() const { return basis != Basis::Manual; }

    static QList<Comparison> comparisons()
    {
        return {Comparison::AtLeast, Comparison::AtMost, Comparison::Exactly};
    }
    static QString comparisonKey(Comparison comparison); // "ge", "le", "eq"
    static bool comparisonFromKey(const QString &key, Comparison *comparison);
    static QString comparisonSymbol(Comparison comparison); // "≥", "≤", "="
    // Accepts the symbol, ">=", "<=", "=" or the key.
    static bool comparisonFromText(const QString &text, Comparison *comparison);
    static QList<Basis> bases() { return {Basis::Manual, Basis::MemberRating, Basis::UnitRating}; }
    static QString basisKey(Basis basis);
    static bool basisFromKey(const QString &key, Basis *basis);
    static QString basisLabel(Basis basis);
    // "≥ 62,5 triệu đồng/người/năm"
    QString requirementText(QChar decimalSeparator) const;

    // The fields the clerk enters (everything but id, position and the review).
    bool sameDefinition(const Target &o) const;
    bool operator==(const Target &o) const;
    bool operator!=(const Target &o) const { return !(*this == o); }
};

} // namespace daihoi

Q_DECLARE_METATYPE(daihoi::Target)
