// The names a clerk knows for the tables and columns the history records, as the forms label them.
#include "HistoryFormatter.h"

#include <QHash>

namespace daihoi {

QString HistoryFormatter::tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("units"), QT_TR_NOOP("Unit")},
        {QStringLiteral("terms"), QT_TR_NOOP("Term")},
        {QStringLiteral("congresses"), QT_TR_NOOP("Congress")},
        {QStringLiteral("congress_guests"), QT_TR_NOOP("Guest")},
        {QStringLiteral("congress_people"), QT_TR_NOOP("Presidium, secretary or counting board member")},
        {QStringLiteral("elections"), QT_TR_NOOP("Election of the")},
        {QStringLiteral("election_rounds"), QT_TR_NOOP("Election round")},
        {QStringLiteral("round_candidates"), QT_TR_NOOP("Candidate")},
        {QStringLiteral("people"), QT_TR_NOOP("Person")},
        {QStringLiteral("committee_members"), QT_TR_NOOP("Committee member,")},
        {QStringLiteral("congress_targets"), QT_TR_NOOP("Target")},
        {QStringLiteral("congress_directions"), QT_TR_NOOP("Direction")},
        {QStringLiteral("unit_year_ratings"), QT_TR_NOOP("Yearly rating")},
    };
    const char *label = labels.value(table);
    return label ? tr(label) : table;
}

QString HistoryFormatter::fieldLabel(const QString &table, const QString &column)
{
    // Columns whose label depends on the table come first.
    if (column == QLatin1String("name") && table == QLatin1String("congress_targets"))
        return tr("Target");
    if (column == QLatin1String("seats") || column == QLatin1String("total_seats"))
        return tr("Seats");
    static const QHash<QString, const char *> labels{
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("planned_date"), QT_TR_NOOP("Planned date")},
        {QStringLiteral("held_from"), QT_TR_NOOP("Held from")},
        {QStringLiteral("held_to"), QT_TR_NOOP("Held to")},
        {QStringLiteral("place"), QT_TR_NOOP("Place")},
        {QStringLiteral("congress_number"), QT_TR_NOOP("Congress number")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("official_members"), QT_TR_NOOP("Official members")},
        {QStringLiteral("probationary_members"), QT_TR_NOOP("Probationary members")},
        {QStringLiteral("summoned"), QT_TR_NOOP("Summoned (official)")},
        {QStringLiteral("present"), QT_TR_NOOP("Present (official)")},
        {QStringLiteral("excluded_absent_with_reason"), QT_TR_NOOP("Absent with an accepted reason")},
        {QStringLiteral("excluded_excused"), QT_TR_NOOP("Excused from activity, absent")},
        {QStringLiteral("excluded_suspended"), QT_TR_NOOP("Suspended, prosecuted or detained")},
        {QStringLiteral("excluded_temporary"), QT_TR_NOOP("Temporarily attached elsewhere")},
        {QStringLiteral("excluded_without_alternate"), QT_TR_NOOP("Delegates absent without an alternate")},
        {QStringLiteral("political_report_summary"), QT_TR_NOOP("Political report")},
        {QStringLiteral("self_review_summary"), QT_TR_NOOP("Committee's self-review")},
        {QStringLiteral("opening_time"), QT_TR_NOOP("Opening time")},
        {QStringLiteral("closing_time"), QT_TR_NOOP("Closing time")},
        {QStringLiteral("counting_board_head"), QT_TR_NOOP("Head of the counting board")},
        {QStringLiteral("resolution_votes_for"), QT_TR_NOOP("Votes for the resolution")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("office"), QT_TR_NOOP("Office")},
        {QStringLiteral("alternate_seats"), QT_TR_NOOP("Alternate seats")},
        {QStringLiteral("appointed"), QT_TR_NOOP("Appointed by the committee above")},
        {QStringLiteral("round_number"), QT_TR_NOOP("Round")},
        {QStringLiteral("ballots_issued"), QT_TR_NOOP("Ballots issued")},
        {QStringLiteral("ballots_collected"), QT_TR_NOOP("Ballots collected")},
        {QStringLiteral("ballots_valid"), QT_TR_NOOP("Valid ballots")},
        {QStringLiteral("ballots_invalid"), QT_TR_NOOP("Invalid ballots")},
        {QStringLiteral("votes"), QT_TR_NOOP("Votes")},
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birth_year"), QT_TR_NOOP("Year of birth")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("theory_level"), QT_TR_NOOP("Political theory")},
        {QStringLiteral("work_position"), QT_TR_NOOP("Position at work")},
        {QStringLiteral("role_votes"), QT_TR_NOOP("Votes for the role")},
        {QStringLiteral("reelected"), QT_TR_NOOP("Re-elected")},
        {QStringLiteral("residential_head"), QT_TR_NOOP("Head of the residential group")},
        {QStringLiteral("approval"), QT_TR_NOOP("Approval")},
        {QStringLiteral("approval_document"), QT_TR_NOOP("Approval document")},
        {QStringLiteral("approval_date"), QT_TR_NOOP("Approval date")},
        {QStringLiteral("target_group"), QT_TR_NOOP("Group")},
        {QStringLiteral("direction_group"), QT_TR_NOOP("Group")},
        {QStringLiteral("comparison"), QT_TR_NOOP("Comparison")},
        {QStringLiteral("value_scaled"), QT_TR_NOOP("Value")},
        {QStringLiteral("value_unit"), QT_TR_NOOP("Unit of measure")},
        {QStringLiteral("basis"), QT_TR_NOOP("Basis")},
        {QStringLiteral("rating_level"), QT_TR_NOOP("Rating level")},
        {QStringLiteral("reached_scaled"), QT_TR_NOOP("Reached")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("rating_year"), QT_TR_NOOP("Year")},
        {QStringLiteral("unit_level"), QT_TR_NOOP("The unit's rating")},
        {QStringLiteral("members_excellent"), QT_TR_NOOP("Members: excellent")},
        {QStringLiteral("members_good"), QT_TR_NOOP("Members: good")},
        {QStringLiteral("members_completed"), QT_TR_NOOP("Members: completed")},
        {QStringLiteral("members_not_completed"), QT_TR_NOOP("Members: not completed")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
        {QStringLiteral("retired"), QT_TR_NOOP("Retired")},
        {QStringLiteral("start_year"), QT_TR_NOOP("First year")},
        {QStringLiteral("end_year"), QT_TR_NOOP("Last year")},
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

} // namespace daihoi
