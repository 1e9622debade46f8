// The names a clerk knows for the tables and columns the history records, as the forms label them.
#include "HistoryFormatter.h"

#include <QHash>

#include <iterator>

namespace daihoi {

namespace {

struct Field
{
    const char *column;
    const char *label;
};

// In the order of the forms, so a change lists its fields as the clerk reads them on screen.
constexpr Field fields[] = {
    {"status", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Status")},
    {"planned_date", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Planned date")},
    {"held_from", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Held from")},
    {"held_to", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Held to")},
    {"place", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Place")},
    {"congress_number", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Congress number")},
    {"kind", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Kind")},
    {"official_members", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Official members")},
    {"probationary_members", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Probationary members")},
    {"summoned", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Summoned (official)")},
    {"present", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Present (official)")},
    {"excluded_absent_with_reason", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Absent with an accepted reason")},
    {"excluded_excused", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Excused from activity, absent")},
    {"excluded_suspended", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Suspended, prosecuted or detained")},
    {"excluded_temporary", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Temporarily attached elsewhere")},
    {"excluded_without_alternate", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Delegates absent without an alternate")},
    {"political_report_summary", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Political report")},
    {"self_review_summary", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Committee's self-review")},
    {"opening_time", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Opening time")},
    {"closing_time", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Closing time")},
    {"counting_board_head", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Head of the counting board")},
    {"resolution_votes_for", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Votes for the resolution")},
    {"name", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Name")},
    {"title", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Title")},
    {"role", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Role")},
    {"office", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Office")},
    {"alternate_seats", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Alternate seats")},
    {"appointed", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Appointed by the committee above")},
    {"round_number", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Round")},
    {"ballots_issued", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Ballots issued")},
    {"ballots_collected", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Ballots collected")},
    {"ballots_valid", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Valid ballots")},
    {"ballots_invalid", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Invalid ballots")},
    {"votes", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Votes")},
    {"full_name", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Full name")},
    {"gender", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Gender")},
    {"birth_year", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Year of birth")},
    {"ethnicity", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Ethnicity")},
    {"education", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Education")},
    {"theory_level", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Political theory")},
    {"work_position", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Position at work")},
    {"role_votes", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Votes for the role")},
    {"reelected", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Re-elected")},
    {"residential_head", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Head of the residential group")},
    {"approval", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Approval")},
    {"approval_document", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Approval document")},
    {"approval_date", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Approval date")},
    {"target_group", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Group")},
    {"direction_group", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Group")},
    {"comparison", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Comparison")},
    {"value_scaled", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Value")},
    {"value_unit", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Unit of measure")},
    {"basis", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Basis")},
    {"rating_level", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Rating level")},
    {"reached_scaled", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Reached")},
    {"body", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Text")},
    {"rating_year", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Year")},
    {"unit_level", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "The unit's rating")},
    {"members_excellent", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Members: excellent")},
    {"members_good", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Members: good")},
    {"members_completed", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Members: completed")},
    {"members_not_completed", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Members: not completed")},
    {"code", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Code")},
    {"level", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Level")},
    {"retired", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Retired")},
    {"start_year", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "First year")},
    {"end_year", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Last year")},
    {"unit_code", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Unit code")},
    {"created", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Exported at")},
    {"imported_at", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Imported at")},
    {"fingerprint", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Fingerprint")},
    {"batch_size", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Ballots a batch")},
    {"batch", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Batch")},
    {"pass", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Entry")},
    {"operator", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Entered by")},
    {"number", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Ballot number")},
    {"marks", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Marks")},
    {"invalid_reason", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Declared invalid")},
    {"before_marks", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Marks before")},
    {"before_reason", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Declared invalid before")},
    {"after_marks", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Marks after")},
    {"after_reason", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Declared invalid after")},
    {"started_at", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Started at")},
    {"entered_at", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Entered at")},
    {"corrected_at", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Corrected at")},
    {"issued_on", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Issued on")},
    {"subject", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Subject")},
    {"period_from", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Period from")},
    {"deadline", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Deadline")},
    {"pilot_deadline", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Pilot congresses' deadline")},
    {"scheduled_on", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Scheduled date")},
    {"scheduled_at", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Scheduled time")},
    {"attending", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Member attending")},
    {"pilot", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Pilot congress")},
    {"title", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Work item")},
    {"responsible", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Responsible")},
    {"state", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "State")},
    {"done_on", QT_TRANSLATE_NOOP("daihoi::HistoryFormatter", "Done on")},
};

} // namespace

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
        {QStringLiteral("exchange_imports"), QT_TR_NOOP("Imported export of")},
        {QStringLiteral("ballot_countings"), QT_TR_NOOP("Ballot-by-ballot count of round")},
        {QStringLiteral("ballot_entries"), QT_TR_NOOP("Ballot entry")},
        {QStringLiteral("entered_ballots"), QT_TR_NOOP("Ballot")},
        {QStringLiteral("ballot_corrections"), QT_TR_NOOP("Ballot correction")},
        {QStringLiteral("plans"), QT_TR_NOOP("Plan")},
        {QStringLiteral("plan_schedule"), QT_TR_NOOP("Timetable line of")},
        {QStringLiteral("plan_work_items"), QT_TR_NOOP("Work item")},
    };
    const char *label = labels.value(table);
    return label ? tr(label) : table;
}

QString HistoryFormatter::fieldLabel(const QString &table, const QString &column)
{
    // Columns whose label depends on the table come first.
    if (column == QLatin1String("name") && table == QLatin1String("congress_targets"))
        return tr("Target");
    if (column == QLatin1String("number") && table == QLatin1String("plans"))
        return tr("Plan number");
    if (column == QLatin1String("number") && table == QLatin1String("plan_work_items"))
        return tr("Work item number");
    if (column == QLatin1String("seats") || column == QLatin1String("total_seats"))
        return tr("Seats");
    const int at = fieldOrder(column);
    return at < int(std::size(fields)) ? tr(fields[at].label) : column;
}

int HistoryFormatter::fieldOrder(const QString &column)
{
    int at = 0;
    while (at < int(std::size(fields)) && column != QLatin1String(fields[at].column))
        ++at;
    return at;
}

} // namespace daihoi
