#pragma once

#include "NarrativeFigures.h"
#include "SummaryRow.h"
#include "domain/Term.h"
#include "domain/Unit.h"

#include <QSqlDatabase>

namespace daihoi {

// The figures of a Báo cáo tổng hợp: progress and composition from the repositories' aggregates,
// and one row per direct, non-retired subordinate unit, read a page of units at a time.
struct SummaryData
{
    Unit committee;
    Term term;
    int youngAgeLimit = 40;
    Progress progress;
    CompositionFigures composition;
    QList<SummaryRow> rows;
    // The committee's plan for the term and where its units stand against it today (empty without a plan).
    QString planTitle;
    QList<int> planStandings;

    static bool load(QSqlDatabase db, const Unit &committee, const Term &term, int youngAgeLimit, SummaryData *data,
                     QString *error);
    NarrativeFigures narrative() const;

private:
    static bool loadPlan(QSqlDatabase db, SummaryData *data, QString *error);
};

} // namespace daihoi
