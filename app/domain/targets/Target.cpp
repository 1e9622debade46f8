#include "domain/targets/Target.h"

namespace daihoi {

QString Target::comparisonKey(Comparison comparison)
{
    switch (comparison) {
    case Comparison::AtLeast:
        return QStringLiteral("ge");
    case Comparison::AtMost:
        return QStringLiteral("le");
    case Comparison::Exactly:
        return QStringLiteral("eq");
    }
    return {};
}

bool Target::comparisonFromKey(const QString &key, Comparison *comparison)
{
    for (Comparison candidate : comparisons()) {
        if (comparisonKey(candidate) == key) {
            *comparison = candidate;
            return true;
        }
    }
    return false;
}

QString Target::comparisonSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::AtLeast:
        return QStringLiteral("≥");
    case Comparison::AtMost:
        return QStringLiteral("≤");
    case Comparison::Exactly:
        return QStringLiteral("=");
    }
    return {};
}

bool Target::comparisonFromText(const QString &input, Comparison *comparison)
{
    const QString text = input.trimmed();
    if (text == QLatin1String(">=") || text == QLatin1String("=>"))
        return *comparison = Comparison::AtLeast, true;
    if (text == QLatin1String("<=") || text == QLatin1String("=<"))
        return *comparison = Comparison::AtMost, true;
    if (text == QLatin1String("=="))
        return *comparison = Comparison::Exactly, true;
    for (Comparison candidate : comparisons()) {
        if (comparisonSymbol(candidate) == text || comparisonKey(candidate) == text) {
            *comparison = candidate;
            return true;
        }
    }
    return false;
}

QString Target::basisKey(Basis basis)
{
    switch (basis) {
    case Basis::Manual:
        return QStringLiteral("manual");
    case Basis::MemberRating:
        return QStringLiteral("member-rating");
    case Basis::UnitRating:
        return QStringLiteral("unit-rating");
    }
    return {};
}

bool Target::basisFromKey(const QString &key, Basis *basis)
{
    for (Basis candidate : bases()) {
        if (basisKey(candidate) == key) {
            *basis = candidate;
            return true;
        }
    }
    return false;
}

QString Target::basisLabel(Basis basis)
{
    switch (basis) {
    case Basis::Manual:
        return tr("entered by hand");
    case Basis::MemberRating:
        return tr("members rated at a level or above");
    case Basis::UnitRating:
        return tr("years the unit was rated at a level or above");
    }
    return {};
}

QString Target::requirementText(QChar decimalSeparator) const
{
    QString text = comparisonSymbol(comparison) + QLatin1Char(' ') + value.toString(decimalSeparator);
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    return text;
}

bool Target::sameDefinition(const Target &o) const
{
    return group == o.group && name == o.name && comparison == o.comparison && value == o.value &&
           unit == o.unit && basis == o.basis && (basis == Basis::Manual || ratingLevel == o.ratingLevel);
}

bool Target::operator==(const Target &o) const
{
    return id == o.id && congressId == o.congressId && position == o.position && sameDefinition(o) &&
           reached == o.reached;
}

} // namespace daihoi
