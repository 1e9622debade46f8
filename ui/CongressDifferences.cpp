#include "CongressDifferences.h"

#include "domain/CongressValidator.h"
#include "domain/DisplayFormat.h"

namespace daihoi {

namespace {

QString statusName(Congress::Status status)
{
    switch (status) {
    case Congress::Status::Planned:
        return CongressDifferences::tr("Planned");
    case Congress::Status::Held:
        return CongressDifferences::tr("Held");
    case Congress::Status::Postponed:
        return CongressDifferences::tr("Postponed");
    }
    return {};
}

QString kindName(CongressKind kind)
{
    return kind == CongressKind::Delegates ? CongressDifferences::tr("Congress of delegates")
                                           : CongressDifferences::tr("Congress of all members");
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString guestsText(const QList<CongressGuest> &guests)
{
    QStringList names;
    for (const CongressGuest &guest : guests)
        names.append(guest.title.isEmpty() ? guest.name : guest.name + QStringLiteral(" (") + guest.title + QLatin1Char(')'));
    return names.join(QStringLiteral("; "));
}

} // namespace

QStringList CongressDifferences::list(const Congress &yours, const Congress &saved)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &mine, const QString &theirs) {
        if (mine != theirs)
            lines.append(tr("%1: yours “%2” — saved “%3”").arg(label, mine, theirs));
    };
    const auto number = [&add](const QString &key, int mine, int theirs) {
        add(CongressValidator::fieldLabel(key), QString::number(mine), QString::number(theirs));
    };
    const auto date = [&add](const QString &key, const QDate &mine, const QDate &theirs) {
        add(CongressValidator::fieldLabel(key), DisplayFormat::date(mine), DisplayFormat::date(theirs));
    };
    const QString comma = QStringLiteral(", ");
    add(tr("Status"), statusName(yours.status), statusName(saved.status));
    date(QStringLiteral("plannedDate"), yours.plannedDate, saved.plannedDate);
    date(QStringLiteral("heldFrom"), yours.heldFrom, saved.heldFrom);
    date(QStringLiteral("heldTo"), yours.heldTo, saved.heldTo);
    add(tr("Place"), yours.place, saved.place);
    number(QStringLiteral("number"), yours.number, saved.number);
    add(tr("Kind"), kindName(yours.kind), kindName(saved.kind));
    number(QStringLiteral("officialMembers"), yours.officialMembers, saved.officialMembers);
    number(QStringLiteral("probationaryMembers"), yours.probationaryMembers, saved.probationaryMembers);
    number(QStringLiteral("summoned"), yours.summoned, saved.summoned);
    number(QStringLiteral("present"), yours.present, saved.present);
    number(QStringLiteral("absentWithReason"), yours.exclusions.absentWithReason, saved.exclusions.absentWithReason);
    number(QStringLiteral("excusedAbsent"), yours.exclusions.excusedAbsent, saved.exclusions.excusedAbsent);
    number(QStringLiteral("suspended"), yours.exclusions.suspended, saved.exclusions.suspended);
    number(QStringLiteral("temporary"), yours.exclusions.temporary, saved.exclusions.temporary);
    number(QStringLiteral("absentWithoutAlternate"), yours.exclusions.absentWithoutAlternate,
           saved.exclusions.absentWithoutAlternate);
    add(CongressValidator::fieldLabel(QStringLiteral("openingTime")), timeText(yours.openingTime),
        timeText(saved.openingTime));
    add(CongressValidator::fieldLabel(QStringLiteral("closingTime")), timeText(yours.closingTime),
        timeText(saved.closingTime));
    add(CongressValidator::fieldLabel(QStringLiteral("presidium")), yours.presidium.join(comma),
        saved.presidium.join(comma));
    add(CongressValidator::fieldLabel(QStringLiteral("secretaries")), yours.secretaries.join(comma),
        saved.secretaries.join(comma));
    add(CongressValidator::fieldLabel(QStringLiteral("countingBoardHead")), yours.countingBoardHead,
        saved.countingBoardHead);
    add(CongressValidator::fieldLabel(QStringLiteral("countingBoardMembers")), yours.countingBoardMembers.join(comma),
        saved.countingBoardMembers.join(comma));
    number(QStringLiteral("resolutionVotesFor"), yours.resolutionVotesFor, saved.resolutionVotesFor);
    add(tr("Guests"), guestsText(yours.guests), guestsText(saved.guests));
    add(tr("Political report summary"), yours.politicalReportSummary, saved.politicalReportSummary);
    add(tr("Self-review summary"), yours.selfReviewSummary, saved.selfReviewSummary);
    return lines;
}

} // namespace daihoi
