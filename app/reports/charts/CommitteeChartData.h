#pragma once

#include "CompositionBars.h"
#include "PlanTimeline.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "storage/SubCommitteeProgressQuery.h"

#include <QSqlDatabase>

namespace daihoi {

// Everything the three charts of a committee and term show, read from the database: the timeline against the
// plan, one bar per sub-committee, the composition against the structure targets. Widget-free, so the window's
// Charts tab and the printed summary draw the same figures.
struct CommitteeChartData
{
    Unit committee;
    Term term;
    QDate on;          // the day the sub-committees' standings are counted
    Plan plan;         // id 0: the committee has no plan for the term
    PlanTimeline timeline;
    QList<SubCommitteeProgress> subCommittees; // empty: the committee has none
    CompositionFigures composition;
    int youngAgeLimit = 40;
    StructureTargets targets;
    QList<CompositionBar> compositionBars;

    static bool load(QSqlDatabase db, const Unit &committee, const Term &term, const QDate &on, int youngAgeLimit,
                     const StructureTargets &targets, CommitteeChartData *data, QString *error);
};

} // namespace daihoi
