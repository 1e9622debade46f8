#include "Congress.h"

namespace daihoi {

QString Congress::statusKey(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::Held:
        return QStringLiteral("held");
    case Status::Postponed:
        return QStringLiteral("postponed");
    }
    return {};
}

bool Congress::statusFromKey(const QString &key, Status *status)
{
    for (Status candidate : {Status::Planned, Status::Held, Status::Postponed}) {
        if (statusKey(candidate) == key) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString Congress::kindKey(CongressKind kind)
{
    return kind == CongressKind::Delegates ? QStringLiteral("delegates") : QStringLiteral("party-members");
}

bool Congress::kindFromKey(const QString &key, CongressKind *kind)
{
    for (CongressKind candidate : {CongressKind::PartyMembers, CongressKind::Delegates}) {
        if (kindKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

bool Congress::operator==(const Congress &o) const
{
    return id == o.id && unitId == o.unitId && termId == o.termId && status == o.status
           && plannedDate == o.plannedDate && heldFrom == o.heldFrom && heldTo == o.heldTo && place == o.place
           && number == o.number && kind == o.kind && officialMembers == o.officialMembers
           && probationaryMembers == o.probationaryMembers && summoned == o.summoned && present == o.present
           && exclusions == o.exclusions && guests == o.guests
           && politicalReportSummary == o.politicalReportSummary && selfReviewSummary == o.selfReviewSummary
           && openingTime == o.openingTime && closingTime == o.closingTime && presidium == o.presidium
           && secretaries == o.secretaries && countingBoardHead == o.countingBoardHead
           && countingBoardMembers == o.countingBoardMembers && resolutionVotesFor == o.resolutionVotesFor;
}

} // namespace daihoi
