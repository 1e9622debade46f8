#include "ReportKind.h"

namespace daihoi {

QList<ReportKind> ReportKinds::all()
{
    return {ReportKind::Summary,  ReportKind::Congress,   ReportKind::Approval, ReportKind::Tally,
            ReportKind::Decision, ReportKind::Resolution, ReportKind::Minutes,  ReportKind::Statistics,
            ReportKind::BallotLog, ReportKind::PlanSchedule, ReportKind::Agenda};
}

QString ReportKinds::key(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Summary:
        return QStringLiteral("summary");
    case ReportKind::Congress:
        return QStringLiteral("congress");
    case ReportKind::Approval:
        return QStringLiteral("approval");
    case ReportKind::Tally:
        return QStringLiteral("tally");
    case ReportKind::Decision:
        return QStringLiteral("decision");
    case ReportKind::Resolution:
        return QStringLiteral("resolution");
    case ReportKind::Minutes:
        return QStringLiteral("minutes");
    case ReportKind::Statistics:
        return QStringLiteral("statistics");
    case ReportKind::BallotLog:
        return QStringLiteral("ballot-log");
    case ReportKind::PlanSchedule:
        return QStringLiteral("plan-schedule");
    case ReportKind::Agenda:
        return QStringLiteral("agenda");
    }
    return {};
}

bool ReportKinds::fromKey(const QString &key, ReportKind *kind)
{
    for (ReportKind candidate : all()) {
        if (ReportKinds::key(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString ReportKinds::displayName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Summary:
        return tr("Summary report of the subordinate units' congresses");
    case ReportKind::Congress:
        return tr("Report on the results of the congress");
    case ReportKind::Approval:
        return tr("Request to approve the elected committee");
    case ReportKind::Tally:
        return tr("Vote counting minutes (every round)");
    case ReportKind::Decision:
        return tr("Decision approving the election results");
    case ReportKind::Resolution:
        return tr("Resolution of the congress");
    case ReportKind::Minutes:
        return tr("Minutes of the congress");
    case ReportKind::Statistics:
        return tr("Statistics table of the elected committees");
    case ReportKind::BallotLog:
        return tr("Ballot entry log (rounds counted ballot by ballot)");
    case ReportKind::PlanSchedule:
        return tr("Timetable of the units' congresses (the plan's appendix)");
    case ReportKind::Agenda:
        return tr("Agenda: congresses of the 14 days from a day");
    }
    return {};
}

QString ReportKinds::documentCode(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Summary:
    case ReportKind::Congress:
        return QStringLiteral("BC");
    case ReportKind::Approval:
        return QStringLiteral("TTr");
    case ReportKind::Tally:
    case ReportKind::Minutes:
        return QStringLiteral("BB");
    case ReportKind::Decision:
        return QStringLiteral("QĐ");
    case ReportKind::Resolution:
        return QStringLiteral("NQ");
    case ReportKind::Statistics:
        return QStringLiteral("TK");
    case ReportKind::BallotLog:
        return QStringLiteral("NK");
    case ReportKind::PlanSchedule:
    case ReportKind::Agenda:
        return QStringLiteral("KH"); // the plan's own number: the timetable is its appendix
    }
    return {};
}

} // namespace daihoi
