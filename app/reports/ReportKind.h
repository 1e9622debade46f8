#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace daihoi {

// The party documents the program prints (domain.md §6).
enum class ReportKind {
    Summary,  // Báo cáo tổng hợp of a đảng bộ for a term
    Congress, // Báo cáo kết quả đại hội of one chi bộ
    Approval, // Tờ trình đề nghị chuẩn y
    Tally,    // Biên bản kiểm phiếu, every round of the congress
    Decision,   // Quyết định chuẩn y, issued by the committee above: one chi bộ, or every chi bộ of a committee
    Resolution, // Nghị quyết đại hội of one chi bộ
    Minutes,    // Biên bản đại hội of one chi bộ
    Statistics, // Biểu thống kê cấp ủy of a committee's units for a term
    BallotLog,  // Nhật ký nhập phiếu bầu: every round of the congress counted ballot by ballot
    PlanSchedule, // Lịch tổ chức đại hội các chi bộ: the appendix of a committee's plan, every unit
    Agenda,       // The same table for the congresses of 14 days from a given day
};

class ReportKinds
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ReportKinds)
public:
    static QList<ReportKind> all();
    // "summary", "congress", "approval", "tally", "decision", "resolution", "minutes", "statistics", "ballot-log",
    // "plan-schedule", "agenda": the words of the command line and the settings.
    static QString key(ReportKind kind);
    static bool fromKey(const QString &key, ReportKind *kind);
    // The name the clerk chooses from (UI language).
    static QString displayName(ReportKind kind);
    // The abbreviation in the document number, "BC" in "12-BC/ĐU" (Hướng dẫn 36-HD/VPTW).
    static QString documentCode(ReportKind kind);
    // A summary is issued by a đảng bộ about its units; the others by one chi bộ about its congress.
    // The congress's own documents carry its last day (domain.md §6); the others the day they are printed.
    static bool isDatedByCongress(ReportKind kind)
    {
        return kind == ReportKind::Congress || kind == ReportKind::Tally || kind == ReportKind::Minutes
               || kind == ReportKind::Resolution || kind == ReportKind::BallotLog;
    }
    static bool isForCommittee(ReportKind kind)
    {
        return kind == ReportKind::Summary || kind == ReportKind::Statistics || isFromPlan(kind);
    }
    // Printed from the committee's plan for the term: its number is the plan's, not one remembered.
    static bool isFromPlan(ReportKind kind) { return kind == ReportKind::PlanSchedule || kind == ReportKind::Agenda; }
};

} // namespace daihoi
