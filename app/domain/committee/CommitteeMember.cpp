#include "CommitteeMember.h"

namespace daihoi {

QString CommitteeMember::roleKey(CommitteeRole role)
{
    switch (role) {
    case CommitteeRole::Secretary:
        return QStringLiteral("secretary");
    case CommitteeRole::DeputySecretary:
        return QStringLiteral("deputy-secretary");
    case CommitteeRole::Member:
        return QStringLiteral("member");
    }
    return {};
}

bool CommitteeMember::roleFromKey(const QString &key, CommitteeRole *role)
{
    for (CommitteeRole candidate : {CommitteeRole::Secretary, CommitteeRole::DeputySecretary, CommitteeRole::Member}) {
        if (roleKey(candidate) == key) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString CommitteeMember::roleName(CommitteeRole role)
{
    switch (role) {
    case CommitteeRole::Secretary:
        return tr("Secretary");
    case CommitteeRole::DeputySecretary:
        return tr("Deputy secretary");
    case CommitteeRole::Member:
        return tr("Committee member");
    }
    return {};
}

QString CommitteeMember::approvalKey(Approval approval)
{
    return approval == Approval::Approved ? QStringLiteral("approved") : QStringLiteral("elected");
}

bool CommitteeMember::approvalFromKey(const QString &key, Approval *approval)
{
    if (key == QLatin1String("approved") || key == QLatin1String("elected")) {
        *approval = key == QLatin1String("approved") ? Approval::Approved : Approval::Elected;
        return true;
    }
    return false;
}

} // namespace daihoi
