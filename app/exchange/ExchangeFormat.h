#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace daihoi {

// The files of an export and their columns: stable ASCII keys, in this order (docs/csv-format.md).
class ExchangeFormat
{
public:
    // Version 2 added the committees' plans (plans.csv, plan_schedule.csv, plan_work_items.csv).
    static constexpr int Version = 2;
    // The oldest version this program still imports.
    static constexpr int OldestVersion = 1;
    enum File {
        Units, Congresses, Guests, Elections, Rounds, Candidates, Members, Targets, Directions, Ratings,
        Plans, PlanSchedule, PlanWorkItems,
        FileCount
    };
    // The files of an export of `version`, in writing order.
    static QList<File> files(int version = Version);
    // The format version a file first appeared in: a package of an older version has no such file.
    static int since(File file);
    static QString fileName(File file);
    static QStringList columns(File file);
    // The last columns of a file that were added after its first release: a file whose header stops
    // before them is read with those values unknown (an export of an older program still imports).
    static QStringList addedColumns(File file);
    static QString manifestName() { return QStringLiteral("manifest.json"); }
};

} // namespace daihoi
