#include "PackageReader.h"
#include "PackageRows.h"
#include "domain/plans/PlanValidator.h"

namespace daihoi {

namespace {

using F = ExchangeFormat;

// PlanValidator names a field per plan, timetable line or work item; a refusal names a column. Each
// column is therefore checked alone, in a plan holding only that value, with the same rules as the form.
Plan planWith(const QList<ScheduledCongress> &schedule, const QList<WorkItem> &items)
{
    Plan plan;
    plan.number = QStringLiteral("1");
    plan.issuedOn = QDate(2000, 1, 1);
    plan.schedule = schedule;
    plan.workItems = items;
    return plan;
}

FieldErrors lineProblems(ScheduledCongress line, const QString &unitName, bool place)
{
    line.unitId = 1;
    (place ? line.attending : line.place).clear();
    return PlanValidator::validate(planWith({line}, {}), {{1, unitName}});
}

enum class ItemPart { Title, Responsible, State };

FieldErrors itemProblems(const WorkItem &read, ItemPart part)
{
    WorkItem item;
    item.number = qMax(1, read.number); // a number that is not one is refused on its own column
    item.title = part == ItemPart::Title ? read.title : QStringLiteral("x");
    if (part == ItemPart::Responsible)
        item.responsible = read.responsible;
    if (part == ItemPart::State) {
        item.state = read.state;
        item.doneOn = read.doneOn;
    }
    return PlanValidator::validate(planWith({}, {item}), {});
}

} // namespace

void PackageReader::nextPlan(int unitIndex, const QString &code, ExchangePackage::UnitRows *out)
{
    ExchangePackage::PlanRow &row = out->plan;
    auto noPlan = [&](PackageRows &rows) {
        if (!out->hasPlan)
            rows.refuse("plan_unit_code", tr("the unit has no row in plans.csv"));
        return !out->hasPlan;
    };

    pull(F::Plans, unitIndex, code, [&](PackageRows &rows) {
        Plan plan;
        plan.number = rows.text("number");
        plan.issuedOn = rows.date("issued_on");
        plan.subject = rows.text("subject");
        plan.periodFrom = rows.date("period_from");
        plan.deadline = rows.date("deadline");
        plan.pilotDeadline = rows.date("pilot_deadline");
        if (out->hasPlan) {
            rows.refuseValue("unit_code", code, tr("repeats the key of line %1").arg(row.line));
            return;
        }
        static const QHash<QString, const char *> columns = {
            {QStringLiteral("number"), "number"},       {QStringLiteral("issuedOn"), "issued_on"},
            {QStringLiteral("subject"), "subject"},     {QStringLiteral("deadline"), "deadline"},
            {QStringLiteral("pilotDeadline"), "pilot_deadline"}};
        for (const FieldError &problem : PlanValidator::validate(plan, {}))
            rows.refuse(columns.value(problem.field, "number"), problem.message);
        out->hasPlan = true;
        row.line = rows.line();
        row.plan = plan;
    });

    {
        QHash<QString, qint64> seen;
        pull(F::PlanSchedule, unitIndex, code, [&](PackageRows &rows) {
            ScheduledCongress line;
            const QString unitCode = rows.text("unit_code");
            line.date = rows.date("date");
            line.time = rows.time("time");
            line.place = rows.text("place");
            line.attending = rows.text("attending");
            line.pilot = rows.flag("pilot");
            // Only the committee's own units have a line in its timetable (PlanRepository::save).
            const int at = m_unitIndex.value(unitCode, -1);
            if (at < 0) {
                rows.refuse("unit_code", tr("not a unit of units.csv"));
            } else if (m_package->units.at(at).parentCode != code) {
                rows.refuse("unit_code", tr("not a unit directly under %1, whose plan this is").arg(code));
            } else {
                const QString name = m_package->units.at(at).name;
                for (const FieldError &problem : lineProblems(line, name, true))
                    rows.refuse("place", problem.message);
                for (const FieldError &problem : lineProblems(line, name, false))
                    rows.refuse("attending", problem.message);
            }
            if (noPlan(rows) || at < 0 || !rows.unique(&seen, unitCode, "unit_code", unitCode))
                return;
            line.unitId = at + 1;
            row.plan.schedule.append(line);
        });
    }
    {
        const QStringList states = {WorkItem::stateKey(WorkItem::State::NotStarted),
                                    WorkItem::stateKey(WorkItem::State::InProgress),
                                    WorkItem::stateKey(WorkItem::State::Done)};
        QHash<QString, qint64> seen;
        pull(F::PlanWorkItems, unitIndex, code, [&](PackageRows &rows) {
            WorkItem item;
            item.number = int(rows.integer("number", 1, PackageRows::MaxCount));
            item.title = rows.text("title");
            item.responsible = rows.text("responsible");
            item.deadline = rows.date("deadline");
            item.state = rows.choice<WorkItem::State>("state", WorkItem::stateFromKey, states);
            item.doneOn = rows.date("done_on");
            for (const FieldError &problem : itemProblems(item, ItemPart::Title))
                rows.refuse("title", problem.message);
            for (const FieldError &problem : itemProblems(item, ItemPart::Responsible))
                rows.refuse("responsible", problem.message);
            for (const FieldError &problem : itemProblems(item, ItemPart::State))
                rows.refuse("done_on", problem.message);
            if (!noPlan(rows) && rows.unique(&seen, rows.text("number"), "number", rows.text("number")))
                row.plan.workItems.append(item);
        });
        std::sort(row.plan.workItems.begin(), row.plan.workItems.end(),
                  [](const WorkItem &a, const WorkItem &b) { return a.number < b.number; });
    }
}

} // namespace daihoi
