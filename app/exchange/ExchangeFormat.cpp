#include "ExchangeFormat.h"

namespace daihoi {

QList<ExchangeFormat::File> ExchangeFormat::files(int version)
{
    QList<File> list;
    for (int f = 0; f < FileCount; ++f) {
        if (since(File(f)) <= version)
            list.append(File(f));
    }
    return list;
}

int ExchangeFormat::since(File file)
{
    return file >= Plans ? 2 : 1;
}

QString ExchangeFormat::fileName(File file)
{
    switch (file) {
    case Units: return QStringLiteral("units.csv");
    case Congresses: return QStringLiteral("congresses.csv");
    case Guests: return QStringLiteral("guests.csv");
    case Elections: return QStringLiteral("elections.csv");
    case Rounds: return QStringLiteral("rounds.csv");
    case Candidates: return QStringLiteral("candidates.csv");
    case Members: return QStringLiteral("committee_members.csv");
    case Targets: return QStringLiteral("targets.csv");
    case Directions: return QStringLiteral("directions.csv");
    case Ratings: return QStringLiteral("ratings.csv");
    case Plans: return QStringLiteral("plans.csv");
    case PlanSchedule: return QStringLiteral("plan_schedule.csv");
    case PlanWorkItems: return QStringLiteral("plan_work_items.csv");
    case FileCount: break;
    }
    return {};
}

QStringList ExchangeFormat::columns(File file)
{
    auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(',')); };
    switch (file) {
    case Units: return list("code,parent_code,name,level,retired");
    case Congresses:
        return list("unit_code,status,planned_date,held_from,held_to,place,number,kind,official_members,"
                    "probationary_members,summoned,present,excluded_absent_with_reason,excluded_excused,"
                    "excluded_suspended,excluded_temporary,excluded_without_alternate,political_report_summary,"
                    "self_review_summary,opening_time,closing_time,presidium,secretaries,counting_board_head,"
                    "counting_board_members,resolution_votes_for");
    case Guests: return list("unit_code,position,name,title");
    case Elections: return list("unit_code,office,total_seats,alternate_seats,appointed");
    case Rounds:
        return list("unit_code,office,round,seats,ballots_issued,ballots_collected,ballots_valid,ballots_invalid");
    case Candidates: return list("unit_code,office,round,position,name,votes");
    case Members:
        return list("unit_code,position,role,full_name,gender,birth_year,ethnicity,education,theory_level,"
                    "work_position,votes,percent_hundredths,role_votes,role_percent_hundredths,appointed,"
                    "reelected,residential_head,approval,approval_document,approval_date");
    case Targets:
        return list("unit_code,position,group,name,comparison,value,value_unit,basis,rating_level,reached");
    case Directions: return list("unit_code,group,position,text");
    case Ratings:
        return list("unit_code,year,unit_level,members_excellent,members_good,members_completed,"
                    "members_not_completed");
    case Plans: return list("unit_code,number,issued_on,subject,period_from,deadline,pilot_deadline");
    // plan_unit_code: the committee whose plan it is; unit_code: the unit the line schedules.
    case PlanSchedule: return list("plan_unit_code,unit_code,date,time,place,attending,pilot");
    case PlanWorkItems: return list("plan_unit_code,number,title,responsible,deadline,state,done_on");
    case FileCount: break;
    }
    return {};
}

QStringList ExchangeFormat::addedColumns(File file)
{
    if (file == Congresses) // the conduct of the congress, for its minutes
        return QString::fromLatin1("opening_time,closing_time,presidium,secretaries,counting_board_head,"
                                   "counting_board_members,resolution_votes_for")
            .split(QLatin1Char(','));
    return {};
}

} // namespace daihoi
