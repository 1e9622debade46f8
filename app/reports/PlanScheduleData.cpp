#include "PlanScheduleData.h"

#include "DocumentText.h"
#include "domain/UnitLevel.h"
#include "domain/plans/PlanProgress.h"
#include "storage/PlanRepository.h"
#include "storage/UnitRepository.h"

#include <QHash>
#include <algorithm>

namespace daihoi {

QDate PlanScheduleData::agendaTo() const
{
    return agendaFrom.addDays(PlanStanding::upcomingDays - 1);
}

QString PlanScheduleData::noun() const
{
    return allBranches ? QStringLiteral("chi bộ") : QStringLiteral("tổ chức đảng");
}

QString PlanScheduleData::title() const
{
    return QStringLiteral("Lịch tổ chức đại hội các %1").arg(noun());
}

QString PlanScheduleData::subject() const
{
    if (isAgenda())
        return QStringLiteral("nhiệm kỳ %1, %2").arg(DocumentText::term(term), period(agendaFrom, agendaTo()));
    return QStringLiteral("trực thuộc %1, nhiệm kỳ %2").arg(committee.name, DocumentText::term(term));
}

QString PlanScheduleData::source() const
{
    QString issued = QStringLiteral("Kế hoạch số %1").arg(plan.number.trimmed());
    if (plan.issuedOn.isValid())
        issued += QStringLiteral(" ngày %1").arg(DocumentText::shortDate(plan.issuedOn));
    // The header above names the committee that issued it.
    return QStringLiteral("(%1 %2)").arg(isAgenda() ? QStringLiteral("Theo") : QStringLiteral("Kèm theo"), issued);
}

QString PlanScheduleData::period(const QDate &from, const QDate &to)
{
    const QString first = from.year() == to.year() ? from.toString(QStringLiteral("d/M")) : DocumentText::shortDate(from);
    return QStringLiteral("từ ngày %1 đến ngày %2").arg(first, DocumentText::shortDate(to));
}

QString PlanScheduleData::unitCell(const PlanScheduleRow &row)
{
    return row.line.pilot ? row.unitName + QStringLiteral(" (điểm)") : row.unitName;
}

QString PlanScheduleData::clock(const QTime &time)
{
    // Party documents write the hour as said, the minutes in two digits: "8 giờ 00", "14 giờ 30".
    return QStringLiteral("%1 giờ %2").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString PlanScheduleData::weekday(const QDate &date)
{
    static const char *const names[] = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};
    return QString::fromUtf8(names[date.dayOfWeek() - 1]);
}

QString PlanScheduleData::when(const ScheduledCongress &line, const QString &afterTime)
{
    const QString day = line.date.isValid()
        ? QStringLiteral("%1, %2").arg(weekday(line.date), DocumentText::shortDate(line.date))
        : QString();
    if (!line.time.isValid())
        return day;
    return day.isEmpty() ? clock(line.time) : clock(line.time) + afterTime + day;
}

bool PlanScheduleData::load(QSqlDatabase db, const Unit &committee, const Term &term, const QDate &agendaFrom,
                            PlanScheduleData *data, QString *error)
{
    error->clear();
    *data = PlanScheduleData();
    data->committee = committee;
    data->term = term;
    data->agendaFrom = agendaFrom;
    PlanRepository plans(db);
    QList<PlanUnit> units;
    QList<Unit> children;
    if (!plans.plan(committee.id, term.id, &data->plan, error) || !data->plan.isValid()
        || !plans.units(committee.id, term.id, &units, error)
        || !UnitRepository(db).activeChildren(committee.id, &children, error))
        return error->isEmpty();
    data->allBranches = std::all_of(children.cbegin(), children.cend(),
                                    [](const Unit &unit) { return UnitLevels::isBranch(unit.level); });

    if (data->isAgenda()) {
        // The agenda is the plan's upcoming list: the same congresses the progress page counts as upcoming.
        const PlanProgress progress = PlanProgress::of(data->plan, units, agendaFrom);
        for (const PlanUnitStanding &standing : progress.units(PlanStanding::Upcoming))
            data->rows.append({standing.unit.name, standing.scheduled});
        return true;
    }
    for (const PlanUnit &unit : std::as_const(units)) {
        PlanScheduleRow row{unit.name, {}};
        if (const ScheduledCongress *line = data->plan.scheduleOf(unit.unitId))
            row.line = *line;
        row.line.unitId = unit.unitId;
        data->rows.append(row);
    }
    // Timetable order: by day and hour (a day without an hour after those with one), then the units without a
    // day, the pilot ones first; otherwise in the units' own order.
    std::stable_sort(data->rows.begin(), data->rows.end(), [](const PlanScheduleRow &a, const PlanScheduleRow &b) {
        const ScheduledCongress &x = a.line;
        const ScheduledCongress &y = b.line;
        if (x.date.isValid() != y.date.isValid())
            return x.date.isValid();
        if (!x.date.isValid())
            return x.pilot && !y.pilot;
        if (x.date != y.date)
            return x.date < y.date;
        if (x.time.isValid() != y.time.isValid())
            return x.time.isValid();
        return x.time < y.time;
    });
    return true;
}

} // namespace daihoi
