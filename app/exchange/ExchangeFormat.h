#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace daihoi {

// The files of an export and their columns: stable ASCII keys, in this order (docs/csv-format.md).
class ExchangeFormat
{
public:
    static constexpr int Version = 1;
    enum File { Units, Congresses, Guests, Elections, Rounds, Candidates, Members, Targets, Directions, Ratings };
    static QList<File> files();
    static QString fileName(File file);
    static QStringList columns(File file);
    // The last columns of a file that were added after its first release: a file whose header stops
    // before them is read with those values unknown (an export of an older program still imports).
    static QStringList addedColumns(File file);
    static QString manifestName() { return QStringLiteral("manifest.json"); }
};

} // namespace daihoi
