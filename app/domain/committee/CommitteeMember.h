#pragma once

#include "Person.h"

#include <QDate>

namespace daihoi {

enum class CommitteeRole { Secretary, DeputySecretary, Member };

// A person on a congress's committee, with what the elections gave them (domain.md §4).
struct CommitteeMember
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CommitteeMember)
public:
    enum class Approval { Elected, Approved }; // trúng cử / đã chuẩn y

    qint64 id = 0;
    qint64 congressId = 0;
    Person person;
    CommitteeRole role = CommitteeRole::Member;
    int votes = 0;                // in the committee election (or the office's, without a chi ủy)
    qint64 percentHundredths = 0; // of the base
    int roleVotes = 0;            // Bí thư / Phó Bí thư: in that office's election
    qint64 rolePercentHundredths = 0;
    bool appointed = false;       // Bí thư appointed by the higher committee
    bool reelected = false;       // on this unit's committee in the previous term
    bool residentialGroupHead = false; // kiêm trưởng thôn / tổ dân phố
    Approval approval = Approval::Elected;
    QString approvalDocument; // e.g. "125-QĐ/ĐU"
    QDate approvalDate;

    static QString roleKey(CommitteeRole role);
    static bool roleFromKey(const QString &key, CommitteeRole *role);
    static QString roleName(CommitteeRole role);
    static QString approvalKey(Approval approval);
    static bool approvalFromKey(const QString &key, Approval *approval);

    friend bool operator==(const CommitteeMember &a, const CommitteeMember &b)
    {
        return a.id == b.id && a.congressId == b.congressId && a.person == b.person && a.role == b.role
               && a.votes == b.votes && a.percentHundredths == b.percentHundredths && a.roleVotes == b.roleVotes
               && a.rolePercentHundredths == b.rolePercentHundredths && a.appointed == b.appointed
               && a.reelected == b.reelected && a.residentialGroupHead == b.residentialGroupHead
               && a.approval == b.approval && a.approvalDocument == b.approvalDocument
               && a.approvalDate == b.approvalDate;
    }
    friend bool operator!=(const CommitteeMember &a, const CommitteeMember &b) { return !(a == b); }
};

} // namespace daihoi
