#include "CommitteeChartData.h"

#include "storage/CommitteeRepository.h"
#include "storage/PlanRepository.h"

namespace daihoi {

bool CommitteeChartData::load(QSqlDatabase db, const Unit &committee, const Term &term, const QDate &on,
                              int youngAgeLimit, const StructureTargets &targets, CommitteeChartData *data,
                              QString *error)
{
    *data = CommitteeChartData();
    data->committee = committee;
    data->term = term;
    data->on = on;
    data->youngAgeLimit = youngAgeLimit;
    data->targets = targets;
    PlanRepository plans(db);
    QList<PlanUnit> units;
    if (!plans.plan(committee.id, term.id, &data->plan, error) || !plans.units(committee.id, term.id, &units, error))
        return false;
    data->timeline = PlanTimeline::of(data->plan, units);
    if (!SubCommitteeProgressQuery(db).counts(committee.id, term.id, on, &data->subCommittees, error))
        return false;
    if (!CommitteeRepository(db).composition(committee.id, term.id, youngAgeLimit, &data->composition, error))
        return false;
    data->compositionBars = CompositionBars::of(data->composition, youngAgeLimit, targets);
    return true;
}

} // namespace daihoi
