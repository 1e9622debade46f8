#include "PlanCommand.h"

#include "CommandLine.h"
#include "domain/DisplayFormat.h"
#include "domain/plans/PlanProgress.h"
#include "domain/plans/WorkItemTally.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QTextStream>

namespace daihoi {

int PlanCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString code = CommandLine::option(args, QStringLiteral("--unit"));
    const QString termText = CommandLine::option(args, QStringLiteral("--term"));
    const QString onText = CommandLine::option(args, QStringLiteral("--on"));
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")) || code.isEmpty() || termText.isEmpty()) {
        err << tr("Usage: daihoi-cli plan FILE --unit CODE --term 2022-2025 [--on YYYY-MM-DD]") << Qt::endl;
        return CommandLine::Refused;
    }
    int startYear = 0;
    int endYear = 0;
    if (!Term::parseKey(termText, &startYear, &endYear)) {
        err << tr("The term \"%1\" is not written as START-END, e.g. 2022-2025.").arg(termText) << Qt::endl;
        return CommandLine::Refused;
    }
    const QDate on = onText.isEmpty() ? QDate::currentDate() : QDate::fromString(onText, Qt::ISODate);
    if (!on.isValid()) {
        err << tr("The day \"%1\" is not a date written as YYYY-MM-DD, e.g. 2017-07-10.").arg(onText) << Qt::endl;
        return CommandLine::Refused;
    }
    Database db;
    if (!CommandLine::openExisting(db, args.first(), err))
        return CommandLine::Refused;
    QString error;
    Unit unit;
    if (!UnitRepository(db.connection()).byCode(code, &unit, &error)) {
        err << (error.isEmpty() ? tr("No unit has the code %1.").arg(code) : error) << Qt::endl;
        return CommandLine::Refused;
    }
    Term term;
    if (!TermRepository(db.connection()).byYears(startYear, endYear, &term, &error)) {
        err << (error.isEmpty() ? tr("The database has no term %1–%2.").arg(startYear).arg(endYear) : error)
            << Qt::endl;
        return CommandLine::Refused;
    }
    PlanRepository plans(db.connection());
    Plan plan;
    QList<PlanUnit> units;
    if (!plans.plan(unit.id, term.id, &plan, &error) || !plans.units(unit.id, term.id, &units, &error)) {
        err << error << Qt::endl;
        return CommandLine::Failure;
    }
    if (!plan.isValid()) {
        err << tr("%1 (%2) has no plan for the term %3.").arg(unit.name, unit.code, term.label()) << Qt::endl;
        return CommandLine::Refused;
    }
    out << plan.title() << Qt::endl;
    const PlanProgress progress = PlanProgress::of(plan, units, on);
    for (PlanStanding::Kind kind : PlanStanding::kinds())
        out << PlanStanding::label(kind) << QStringLiteral(": ") << progress.count(kind) << Qt::endl;
    for (const PlanUnitStanding &line : progress.units(PlanStanding::Overdue)) {
        const QString due = DisplayFormat::date(line.due);
        out << (line.scheduled.date.isValid() ? tr("%1: scheduled %2, not held (%3)")
                                              : tr("%1: due by %2, not held (%3)"))
                   .arg(line.unit.code, due, line.unit.name)
            << Qt::endl;
    }
    if (!plan.workItems.isEmpty()) {
        const WorkItemTally tally = WorkItemTally::of(plan.workItems, on);
        out << tally.headline() << Qt::endl;
        for (int i = 0; i < tally.overdue(); ++i) {
            const WorkItem &item = tally.items().at(i);
            out << tr("%1. %2 (%3): due %4, %5")
                       .arg(item.number)
                       .arg(item.title, item.responsible, DisplayFormat::date(item.deadline),
                            WorkItem::stateLabel(item.state))
                << Qt::endl;
        }
    }
    return CommandLine::Success;
}

} // namespace daihoi
