#include "CommitteeBuilder.h"

namespace daihoi {

namespace {

const Election *find(const QList<Election> &elections, ElectionOffice office)
{
    for (const Election &election : elections) {
        if (election.office == office)
            return &election;
    }
    return nullptr;
}

int indexOf(const QList<CommitteeMember> &members, const QString &name)
{
    Person probe;
    probe.fullName = name;
    for (int i = 0; i < members.size(); ++i) {
        if (members.at(i).person.isSamePersonAs(probe))
            return i;
    }
    return -1;
}

} // namespace

int CommitteeBuilder::seats(const QList<Election> &elections)
{
    if (const Election *committee = find(elections, ElectionOffice::Committee))
        return committee->totalSeats;
    int total = 0;
    for (ElectionOffice office : {ElectionOffice::Secretary, ElectionOffice::DeputySecretary}) {
        if (const Election *election = find(elections, office))
            total += election->totalSeats;
    }
    return total;
}

QList<CommitteeMember> CommitteeBuilder::build(const Congress &congress, const QList<Election> &elections,
                                               const QList<CommitteeMember> &current,
                                               const QList<Person> &previous)
{
    QList<CommitteeMember> members;
    auto memberFor = [&](const QString &name) -> CommitteeMember & {
        const int at = indexOf(members, name);
        if (at >= 0)
            return members[at];
        CommitteeMember member;
        member.congressId = congress.id;
        const int known = indexOf(current, name);
        if (known >= 0) {
            const CommitteeMember &old = current.at(known);
            member.person = old.person;
            member.residentialGroupHead = old.residentialGroupHead;
            member.approval = old.approval;
            member.approvalDocument = old.approvalDocument;
            member.approvalDate = old.approvalDate;
        } else {
            member.person.fullName = name.simplified();
        }
        members.append(member);
        return members.last();
    };

    const Election *committee = find(elections, ElectionOffice::Committee);
    if (committee) {
        for (const Election::Winner &winner : committee->winners(committee->tally(congress))) {
            CommitteeMember &member = memberFor(winner.name);
            member.votes = winner.votes;
            member.percentHundredths = winner.percentHundredths;
        }
    }
    for (ElectionOffice office : {ElectionOffice::DeputySecretary, ElectionOffice::Secretary}) {
        const Election *election = find(elections, office);
        if (!election)
            continue;
        for (const Election::Winner &winner : election->winners(election->tally(congress))) {
            // With a chi ủy, the Bí thư and Phó Bí thư are among its members: a name outside it is a
            // typo the election refuses, never a further member (domain.md §3).
            if (committee && indexOf(members, winner.name) < 0)
                continue;
            CommitteeMember &member = memberFor(winner.name);
            member.role = office == ElectionOffice::Secretary ? CommitteeRole::Secretary : CommitteeRole::DeputySecretary;
            member.roleVotes = winner.votes;
            member.rolePercentHundredths = winner.percentHundredths;
            if (!committee) {
                member.votes = winner.votes;
                member.percentHundredths = winner.percentHundredths;
            }
        }
    }
    // A secretary appointed by the higher committee keeps the entry the clerk made for them.
    for (const CommitteeMember &old : current) {
        if (!old.appointed)
            continue;
        const int at = indexOf(members, old.person.fullName);
        if (at < 0) {
            members.append(old);
        } else {
            members[at].role = CommitteeRole::Secretary;
            members[at].appointed = true;
        }
    }
    for (CommitteeMember &member : members) {
        member.reelected = false;
        for (const Person &person : previous) {
            if (member.person.isSamePersonAs(person)) {
                member.reelected = true;
                break;
            }
        }
    }
    std::stable_sort(members.begin(), members.end(), [](const CommitteeMember &a, const CommitteeMember &b) {
        if (a.role != b.role)
            return int(a.role) < int(b.role);
        return a.votes > b.votes;
    });
    return members;
}

} // namespace daihoi
