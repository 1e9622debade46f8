#include "SummaryData.h"

#include "DocumentText.h"

#include "domain/committee/CommitteeBuilder.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/PlanRepository.h"
#include "storage/UnitRepository.h"

namespace daihoi {

namespace {

bool loadRow(QSqlDatabase db, const Term &term, int youngAgeLimit, SummaryRow *row, QString *error)
{
    Congress congress;
    if (!CongressRepository(db).find(row->unit.id, term.id, &congress, error))
        return error->isEmpty(); // no record: the row says so
    row->hasRecord = true;
    row->status = congress.status;
    row->plannedDate = congress.plannedDate;
    if (congress.status != Congress::Status::Held)
        return true;
    row->heldFrom = congress.heldFrom;
    row->summoned = congress.summoned;
    row->present = congress.present;
    QList<Election> elections;
    QList<CommitteeMember> members;
    if (!ElectionRepository(db).forCongress(congress.id, &elections, error)
        || !CommitteeRepository(db).members(congress.id, &members, error))
        return false;
    const CompositionFigures figures =
        CompositionFigures::of(members, CommitteeBuilder::seats(elections), congress.heldFrom, youngAgeLimit);
    row->seats = figures.seats;
    row->members = figures.members;
    row->women = figures.women;
    row->genderUnknown = figures.genderUnknown;
    row->young = figures.young;
    for (const CommitteeMember &member : members) {
        if (member.role != CommitteeRole::Secretary)
            continue;
        row->secretary = member.person.fullName;
        row->secretaryAppointed = member.appointed;
        if (!member.appointed && member.roleVotes > 0)
            row->secretaryPercent = member.rolePercentHundredths;
    }
    return true;
}

} // namespace

bool SummaryData::load(QSqlDatabase db, const Unit &committee, const Term &term, int youngAgeLimit, SummaryData *data,
                       QString *error)
{
    *data = SummaryData();
    data->committee = committee;
    data->term = term;
    data->youngAgeLimit = youngAgeLimit;
    if (!CongressRepository(db).progress(committee.id, term.id, &data->progress, error))
        return false;
    if (!CommitteeRepository(db).composition(committee.id, term.id, youngAgeLimit, &data->composition, error))
        return false;
    QList<Unit> children;
    if (!UnitRepository(db).activeChildren(committee.id, &children, error))
        return false;
    for (const Unit &child : std::as_const(children)) {
        SummaryRow row;
        row.unit = child;
        error->clear();
        if (!loadRow(db, term, youngAgeLimit, &row, error))
            return false;
        data->rows.append(row);
    }
    error->clear();
    return loadPlan(db, data, error);
}

bool SummaryData::loadPlan(QSqlDatabase db, SummaryData *data, QString *error)
{
    PlanRepository plans(db);
    Plan plan;
    QList<PlanUnit> units;
    if (!plans.plan(data->committee.id, data->term.id, &plan, error))
        return false;
    if (!plan.isValid())
        return true;
    if (!plans.units(data->committee.id, data->term.id, &units, error))
        return false;
    // The document's own words, whatever the program's language.
    data->planTitle = plan.issuedOn.isValid()
        ? QStringLiteral("Kế hoạch số %1 ngày %2").arg(plan.number, DocumentText::shortDate(plan.issuedOn))
        : QStringLiteral("Kế hoạch số %1").arg(plan.number);
    const PlanProgress progress = PlanProgress::of(plan, units, QDate::currentDate());
    for (PlanStanding::Kind kind : PlanStanding::kinds())
        data->planStandings.append(progress.count(kind));
    return true;
}

NarrativeFigures SummaryData::narrative() const
{
    NarrativeFigures figures;
    figures.committeeName = committee.name;
    figures.termLabel = DocumentText::term(term);
    figures.progress = progress;
    figures.composition = composition;
    figures.youngAgeLimit = youngAgeLimit;
    figures.planTitle = planTitle;
    figures.planStandings = planStandings;
    for (const SummaryRow &row : rows) {
        if (!row.isHeld()) {
            figures.pendingUnits.append(row.unit.name);
            continue;
        }
        figures.present += row.present;
        figures.summoned += row.summoned;
        if (row.seats > row.members)
            figures.unfilledUnits.append(row.unit.name);
    }
    return figures;
}

} // namespace daihoi
