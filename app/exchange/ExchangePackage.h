#pragma once

#include "ExchangeManifest.h"
#include "domain/Congress.h"
#include "domain/Unit.h"
#include "domain/committee/CommitteeMember.h"
#include "domain/elections/Election.h"
#include "domain/plans/Plan.h"
#include "domain/targets/DirectionItem.h"
#include "domain/targets/Target.h"
#include "domain/targets/YearRating.h"
#include <QList>

namespace daihoi {

// One export as the importer keeps it in memory: its manifest and its units (codes, names, tree). The
// rows below the units are not kept: PackageReader streams them one unit at a time (UnitRows).
struct ExchangePackage
{
    struct UnitRow
    {
        QString code;
        QString parentCode; // empty for the export's top unit
        QString name;
        UnitLevel level = UnitLevel::Branch;
        bool retired = false;
        qint64 line = 0;
    };
    struct CongressRow
    {
        qint64 line = 0;
        Congress congress;
        QList<Election> elections;
        QList<qint64> electionLines;
        QList<CommitteeMember> members;
        QList<Target> targets;
        QList<DirectionItem> directions;
    };
    struct RatingRow
    {
        qint64 line = 0;
        YearRating rating;
    };
    // A committee's plan for the term. Ids never leave a machine: in the package, a schedule line's unitId
    // is the index of its unit in units plus one, until the importer matches the codes to the database.
    struct PlanRow
    {
        qint64 line = 0;
        Plan plan;
    };
    // Everything the export holds for one unit, read and checked.
    struct UnitRows
    {
        int index = -1; // into units
        bool hasCongress = false;
        CongressRow congress;
        QList<RatingRow> ratings;
        bool hasPlan = false;
        PlanRow plan;
    };
    QString folder;
    ExchangeManifest manifest;
    QList<UnitRow> units;
    qint64 congressCount = 0;
    qint64 planCount = 0;
};

} // namespace daihoi
