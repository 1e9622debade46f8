#include "domain/targets/TargetValidator.h"

#include "domain/targets/ReachedValue.h"

#include <QStringList>

namespace daihoi {

FieldErrors TargetValidator::validate(const Target &t)
{
    FieldErrors errors;
    if (t.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Every target needs a name.")});
    if (t.group.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("group"), tr("Target “%1” needs a group, e.g. Party building.").arg(t.name)});
    if (t.isRatingBased()) {
        // A share of members or of years: always a percentage between 0 and 100.
        if (!ReachedValue::sameUnit(t.unit, QStringLiteral("%")))
            errors.append({QStringLiteral("unit"),
                           tr("Target “%1” is computed from the ratings as a share in %, not in “%2”.")
                               .arg(t.name, t.unit)});
        if (t.value < ExactDecimal() || t.value > ExactDecimal::fromInteger(100))
            errors.append({QStringLiteral("value"),
                           tr("Target “%1”: a share must lie between 0 and 100 % (%2 entered).")
                               .arg(t.name, t.value.toString())});
        if (t.basis == Target::Basis::MemberRating && t.ratingLevel == QualityRating::CleanStrong)
            errors.append(
                {QStringLiteral("ratingLevel"),
                 tr("Target “%1”: members are not rated “%2”; choose one of the four member levels.")
                     .arg(t.name, QualityRatings::label(t.ratingLevel))});
    }
    return errors;
}

FieldErrors TargetValidator::validate(const DirectionItem &item)
{
    FieldErrors errors;
    if (item.text.trimmed().isEmpty())
        errors.append({QStringLiteral("text"), tr("A direction item needs its text.")});
    return errors;
}

FieldErrors TargetValidator::validate(const YearRating &rating)
{
    FieldErrors errors;
    if (rating.year < 1930 || rating.year > 2200)
        errors.append(
            {QStringLiteral("year"), tr("Year %1 is not a plausible rating year.").arg(rating.year)});
    for (auto it = rating.members.constBegin(); it != rating.members.constEnd(); ++it) {
        if (it.value() < 0)
            errors.append({QStringLiteral("members"), tr("%1: members rated “%2” cannot be negative (%3).")
                                                          .arg(rating.year)
                                                          .arg(QualityRatings::label(it.key()))
                                                          .arg(it.value())});
        if (it.key() == QualityRating::CleanStrong && it.value() != 0)
            errors.append(
                {QStringLiteral("members"),
                 tr("%1: members are not rated “%2” (%3 entered); that level was for organisations.")
                     .arg(rating.year)
                     .arg(QualityRatings::label(it.key()))
                     .arg(it.value())});
    }
    return errors;
}

QString TargetValidator::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("Target")},
        {QStringLiteral("group"), QT_TR_NOOP("Group")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit of measure")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("ratingLevel"), QT_TR_NOOP("Rating level")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("members"), QT_TR_NOOP("Members rated")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

QString TargetValidator::joined(const FieldErrors &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(QLatin1Char(' '));
}

} // namespace daihoi
