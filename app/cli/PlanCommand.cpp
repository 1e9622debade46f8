#include "PlanCommand.h"

#include "CommandLine.h"
#include "domain/DisplayFormat.h"
#include "domain/plans/PlanProgress.h"
#include "domain/plans/WorkItemTally.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"

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
    if (!CommandLine::parseTerm(termText, &startYear, &endYear, err))
        return CommandLine::Refused;
    const QDate on = onText.isEmpty() ? QDate::currentDate() : QDate::fromString(onText, Qt::ISODate);
    if (!on.isValid()) {
        err << tr("The day \"%1\" is not a date written as YYYY-MM-DD, e.g. 2017-07-10.").arg(onText) << Qt::endl;
        return CommandLine::Refused;
    }
    Database db;
    if (!CommandLine::openExisting(db, args.first(), err))
        return CommandLine::Refused;
    Unit unit;
    Term term;
    if (const int found = CommandLine::findUnit(db, code, &unit, err))
        return found;
    if (const int found = CommandLine::findTerm(db, startYear, endYear, &term, err))
        return found;
    QString error;
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
