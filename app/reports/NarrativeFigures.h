#pragma once

#include "domain/Progress.h"
#include "domain/committee/CompositionFigures.h"

#include <QStringList>

namespace daihoi {

// What the narrative paragraph of a summary report is written from.
struct NarrativeFigures
{
    QString committeeName; // "Đảng bộ phường Việt Hưng"
    QString termLabel;     // "2022–2025"
    Progress progress;
    QStringList pendingUnits;  // names of the units that have not held their congress
    int present = 0;           // summed over the held congresses
    int summoned = 0;
    CompositionFigures composition;
    QStringList unfilledUnits; // names of the units that left committee seats unfilled
    int youngAgeLimit = 40;
    // The committee's plan, when it has one: "Kế hoạch số 74-KH/ĐU ngày 12/7/2022" and its units' standings
    // on the day the report is made (indexed by PlanStanding::Kind).
    QString planTitle;
    QList<int> planStandings;
};

} // namespace daihoi
