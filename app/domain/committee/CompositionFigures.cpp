#include "CompositionFigures.h"

namespace daihoi {

CompositionFigures CompositionFigures::of(const QList<CommitteeMember> &members, int seats,
                                          const QDate &congressDate, int youngAgeLimit)
{
    CompositionFigures figures;
    figures.congresses = 1;
    figures.seats = seats;
    figures.members = int(members.size());
    if (seats > 0 && figures.members > seats) {
        figures.congressesOverSeats = 1;
        figures.membersOverSeats = figures.members - seats;
    }
    for (const CommitteeMember &member : members) {
        const Person &person = member.person;
        figures.reelected += member.reelected ? 1 : 0;
        figures.women += person.gender == Gender::Female ? 1 : 0;
        figures.men += person.gender == Gender::Male ? 1 : 0;
        figures.genderUnknown += person.gender == Gender::Unknown ? 1 : 0;
        figures.ethnicityUnknown += person.isEthnicityKnown() ? 0 : 1;
        figures.detailsMissing += person.lacksDetails() ? 1 : 0;
        const int age = person.ageIn(congressDate);
        figures.young += age >= 0 && age < youngAgeLimit ? 1 : 0;
        figures.ethnicMinority += person.isEthnicMinority() ? 1 : 0;
        ++figures.theory[size_t(person.theoryLevel)];
        if (member.role != CommitteeRole::Secretary)
            continue;
        ++figures.secretaries;
        figures.secretariesReelected += member.reelected ? 1 : 0;
        figures.secretariesAppointed += member.appointed ? 1 : 0;
        figures.secretariesResidentialHead += member.residentialGroupHead ? 1 : 0;
        if (!member.appointed && member.roleVotes > 0) {
            ++figures.secretariesElectedAtCongress;
            figures.secretariesWithFullApproval += member.rolePercentHundredths >= 10000 ? 1 : 0;
            if (figures.lowestSecretaryPercent < 0 || member.rolePercentHundredths < figures.lowestSecretaryPercent)
                figures.lowestSecretaryPercent = member.rolePercentHundredths;
        }
    }
    return figures;
}

void CompositionFigures::add(const CompositionFigures &o)
{
    congresses += o.congresses;
    seats += o.seats;
    members += o.members;
    reelected += o.reelected;
    women += o.women;
    men += o.men;
    genderUnknown += o.genderUnknown;
    young += o.young;
    ethnicMinority += o.ethnicMinority;
    ethnicityUnknown += o.ethnicityUnknown;
    detailsMissing += o.detailsMissing;
    congressesOverSeats += o.congressesOverSeats;
    membersOverSeats += o.membersOverSeats;
    for (size_t i = 0; i < theory.size(); ++i)
        theory[i] += o.theory[i];
    secretaries += o.secretaries;
    secretariesReelected += o.secretariesReelected;
    secretariesElectedAtCongress += o.secretariesElectedAtCongress;
    secretariesAppointed += o.secretariesAppointed;
    secretariesResidentialHead += o.secretariesResidentialHead;
    secretariesWithFullApproval += o.secretariesWithFullApproval;
    if (o.lowestSecretaryPercent >= 0
        && (lowestSecretaryPercent < 0 || o.lowestSecretaryPercent < lowestSecretaryPercent))
        lowestSecretaryPercent = o.lowestSecretaryPercent;
}

} // namespace daihoi
