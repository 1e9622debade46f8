#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/plans/Plan.h"

#include <QSqlDatabase>

namespace daihoi {

// One line of the printed timetable: a unit and its line of the plan (blank but for the unit when it has none).
struct PlanScheduleRow
{
    QString unitName;
    ScheduledCongress line;
};

// What "Lịch tổ chức đại hội các chi bộ" prints (domain.md §6): the committee's plan for a term with every unit
// that must hold a congress in timetable order, or, for an agenda, only the congresses not yet held that are
// scheduled on a day and the 13 days after it (PlanStanding's upcoming), by date and time.
struct PlanScheduleData
{
    Unit committee;
    Term term;
    Plan plan;       // id 0: the committee has no plan for the term
    QDate agendaFrom; // valid: an agenda from this day
    bool allBranches = true;
    QList<PlanScheduleRow> rows;

    bool isAgenda() const { return agendaFrom.isValid(); }
    QDate agendaTo() const; // the agenda's last day
    // "chi bộ", or "tổ chức đảng" when some units are not branches (a district's đảng bộ cơ sở).
    QString noun() const;
    // "Lịch tổ chức đại hội các chi bộ"
    QString title() const;
    // "trực thuộc Đảng bộ phường Việt Hưng, nhiệm kỳ 2022–2025"; an agenda's "nhiệm kỳ 2017–2020, từ ngày 30/6 đến
    // ngày 13/7/2017".
    QString subject() const;
    // "(Kèm theo Kế hoạch số 74-KH/ĐU ngày 12/7/2022)"; an agenda's "(Theo …)".
    QString source() const;
    // "từ ngày 30/6 đến ngày 13/7/2017": the year once when both days are in it.
    static QString period(const QDate &from, const QDate &to);
    // "Chi bộ Tổ dân phố số 1 (điểm)" for a pilot congress.
    static QString unitCell(const PlanScheduleRow &row);
    // "8 giờ 00, thứ Năm, 6/7/2017"; the parts that are known, empty when none is. A table cell puts the day on a
    // line of its own (afterTime ",\n").
    static QString when(const ScheduledCongress &line, const QString &afterTime = QStringLiteral(", "));
    // "8 giờ 00", "14 giờ 30"
    static QString clock(const QTime &time);
    // "thứ Hai" … "thứ Bảy", "Chủ nhật"
    static QString weekday(const QDate &date);

    // An invalid agendaFrom loads the whole timetable. True with plan.id == 0 when there is no plan.
    static bool load(QSqlDatabase db, const Unit &committee, const Term &term, const QDate &agendaFrom,
                     PlanScheduleData *data, QString *error);
};

} // namespace daihoi
