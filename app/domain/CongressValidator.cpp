#include "CongressValidator.h"

#include "DisplayFormat.h"
#include "NameList.h"
#include "TimeText.h"

#include <QRegularExpression>

namespace daihoi {

namespace {

void requireNonNegative(FieldErrors &errors, const QString &field, int value)
{
    if (value < 0)
        errors.append({field, CongressValidator::tr("%1 cannot be negative (%2).")
                                  .arg(CongressValidator::fieldLabel(field))
                                  .arg(value)});
}

void requireInsideTerm(FieldErrors &errors, const QString &field, const QDate &date, const Term &term)
{
    if (date.isValid() && term.isValid() && !term.contains(date))
        errors.append({field, CongressValidator::tr("%1 (%2) lies outside the term %3.")
                                  .arg(CongressValidator::fieldLabel(field), DisplayFormat::date(date),
                                       term.label())});
}

bool hasControlCharacter(const QString &name)
{
    for (const QChar ch : name) {
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format
            || ch == QChar::LineSeparator || ch == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

// A name printed in the minutes: not blank and on one line (a tab or line break would break the printed list).
void requirePrintableNames(FieldErrors &errors, const QString &field, const QStringList &names)
{
    for (int i = 0; i < names.size(); ++i) {
        const QString name = NameList::tidy(names.at(i));
        if (name.isEmpty())
            errors.append({field, CongressValidator::tr("%1: name %2 of %3 is empty.")
                                      .arg(CongressValidator::fieldLabel(field))
                                      .arg(i + 1)
                                      .arg(names.size())});
        else if (hasControlCharacter(name))
            errors.append({field, CongressValidator::tr("%1: “%2” contains a line break, tab or other control "
                                                        "character; a name is written on one line.")
                                      .arg(CongressValidator::fieldLabel(field),
                                           QString(name).replace(QRegularExpression(QStringLiteral("[\\p{Cc}\\p{Cf}]")),
                                                                 QStringLiteral("·")))});
    }
}

void validateConduct(FieldErrors &errors, const Congress &c)
{
    requireNonNegative(errors, QStringLiteral("resolutionVotesFor"), c.resolutionVotesFor);
    if (c.resolutionVotesFor > c.present)
        errors.append({QStringLiteral("resolutionVotesFor"),
                       CongressValidator::tr("Resolution votes for (%1) exceeds present (%2): only those present "
                                             "vote on the resolution.")
                           .arg(c.resolutionVotesFor)
                           .arg(c.present)});
    const bool oneDay = !c.heldTo.isValid() || c.heldTo == c.heldFrom;
    if (oneDay && c.openingTime.isValid() && c.closingTime.isValid() && c.closingTime < c.openingTime)
        errors.append({QStringLiteral("closingTime"),
                       CongressValidator::tr("Closing time (%1) is before opening time (%2) on a one-day congress.")
                           .arg(TimeText::format(c.closingTime), TimeText::format(c.openingTime))});
    requirePrintableNames(errors, QStringLiteral("presidium"), c.presidium);
    requirePrintableNames(errors, QStringLiteral("secretaries"), c.secretaries);
    if (!c.countingBoardHead.isEmpty() && hasControlCharacter(c.countingBoardHead))
        requirePrintableNames(errors, QStringLiteral("countingBoardHead"), {c.countingBoardHead});
    requirePrintableNames(errors, QStringLiteral("countingBoardMembers"), c.countingBoardMembers);
    const QString head = NameList::tidy(c.countingBoardHead);
    for (const QString &member : c.countingBoardMembers) {
        if (!head.isEmpty() && NameList::tidy(member).compare(head, Qt::CaseInsensitive) == 0)
            errors.append({QStringLiteral("countingBoardMembers"),
                           CongressValidator::tr("%1 is the head of the counting board and cannot also be listed "
                                                 "among its members.")
                               .arg(head)});
    }
}

} // namespace

FieldErrors CongressValidator::validate(const Congress &c, const Term &term)
{
    FieldErrors errors;
    requireNonNegative(errors, QStringLiteral("officialMembers"), c.officialMembers);
    requireNonNegative(errors, QStringLiteral("probationaryMembers"), c.probationaryMembers);
    requireNonNegative(errors, QStringLiteral("summoned"), c.summoned);
    requireNonNegative(errors, QStringLiteral("present"), c.present);
    requireNonNegative(errors, QStringLiteral("absentWithReason"), c.exclusions.absentWithReason);
    requireNonNegative(errors, QStringLiteral("excusedAbsent"), c.exclusions.excusedAbsent);
    requireNonNegative(errors, QStringLiteral("suspended"), c.exclusions.suspended);
    requireNonNegative(errors, QStringLiteral("temporary"), c.exclusions.temporary);
    requireNonNegative(errors, QStringLiteral("absentWithoutAlternate"), c.exclusions.absentWithoutAlternate);
    if (c.number < 0)
        errors.append({QStringLiteral("number"), tr("Congress number cannot be negative (%1).").arg(c.number)});

    for (BaseExclusions::Category category : BaseExclusions::categories()) {
        if (c.exclusions.count(category) != 0 && !BaseExclusions::appliesTo(category, c.kind))
            errors.append({QStringLiteral("exclusions"),
                           (c.kind == CongressKind::Delegates
                                ? tr("A congress of delegates does not exclude %1 from the base (%2 entered).")
                                : tr("A congress of all members does not exclude %1 from the base (%2 entered)."))
                               .arg(BaseExclusions::label(category))
                               .arg(c.exclusions.count(category))});
    }
    if (c.kind == CongressKind::PartyMembers && c.summoned > c.officialMembers)
        errors.append({QStringLiteral("summoned"),
                       tr("Summoned (%1) exceeds the official members (%2): only official members are summoned "
                          "to vote.")
                           .arg(c.summoned)
                           .arg(c.officialMembers)});
    if (c.present > c.summoned)
        errors.append({QStringLiteral("present"),
                       tr("Present (%1) exceeds summoned (%2).").arg(c.present).arg(c.summoned)});
    else if (c.exclusions.applicableTotal(c.kind) > c.summoned - c.present)
        errors.append({QStringLiteral("exclusions"),
                       tr("The absences excluded from the base (%1) exceed the members absent "
                          "(%2 summoned − %3 present = %4).")
                           .arg(c.exclusions.applicableTotal(c.kind))
                           .arg(c.summoned)
                           .arg(c.present)
                           .arg(c.summoned - c.present)});

    if (c.status == Congress::Status::Held && !c.heldFrom.isValid())
        errors.append({QStringLiteral("heldFrom"), tr("A held congress needs the date it opened (held from).")});
    if (c.heldFrom.isValid() && c.heldTo.isValid() && c.heldFrom > c.heldTo)
        errors.append({QStringLiteral("heldTo"), tr("Held to (%1) is before held from (%2).")
                                                     .arg(DisplayFormat::date(c.heldTo),
                                                          DisplayFormat::date(c.heldFrom))});
    requireInsideTerm(errors, QStringLiteral("plannedDate"), c.plannedDate, term);
    requireInsideTerm(errors, QStringLiteral("heldFrom"), c.heldFrom, term);
    requireInsideTerm(errors, QStringLiteral("heldTo"), c.heldTo, term);
    validateConduct(errors, c);
    return errors;
}

QString CongressValidator::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("officialMembers"), QT_TR_NOOP("Official members")},
        {QStringLiteral("probationaryMembers"), QT_TR_NOOP("Probationary members")},
        {QStringLiteral("summoned"), QT_TR_NOOP("Summoned")},
        {QStringLiteral("present"), QT_TR_NOOP("Present")},
        {QStringLiteral("absentWithReason"), QT_TR_NOOP("Absent with an accepted reason")},
        {QStringLiteral("excusedAbsent"), QT_TR_NOOP("Excused from activity, absent")},
        {QStringLiteral("suspended"), QT_TR_NOOP("Suspended, prosecuted or detained")},
        {QStringLiteral("temporary"), QT_TR_NOOP("Temporarily attached elsewhere")},
        {QStringLiteral("absentWithoutAlternate"), QT_TR_NOOP("Absent delegates without an alternate")},
        {QStringLiteral("exclusions"), QT_TR_NOOP("Absences excluded from the base")},
        {QStringLiteral("number"), QT_TR_NOOP("Congress number")},
        {QStringLiteral("plannedDate"), QT_TR_NOOP("Planned date")},
        {QStringLiteral("heldFrom"), QT_TR_NOOP("Held from")},
        {QStringLiteral("heldTo"), QT_TR_NOOP("Held to")},
        {QStringLiteral("openingTime"), QT_TR_NOOP("Opening time")},
        {QStringLiteral("closingTime"), QT_TR_NOOP("Closing time")},
        {QStringLiteral("presidium"), QT_TR_NOOP("Presidium")},
        {QStringLiteral("secretaries"), QT_TR_NOOP("Secretaries")},
        {QStringLiteral("countingBoardHead"), QT_TR_NOOP("Head of the counting board")},
        {QStringLiteral("countingBoardMembers"), QT_TR_NOOP("Counting board members")},
        {QStringLiteral("resolutionVotesFor"), QT_TR_NOOP("Resolution votes for")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

} // namespace daihoi
