#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace daihoi {

// The kinds of party organisation of domain.md §1, from the top down.
enum class UnitLevel {
    CommitteeAboveGrassroots, // đảng bộ cấp trên cơ sở
    GrassrootsCommittee,      // đảng bộ cơ sở
    SubCommittee,             // đảng bộ bộ phận
    GrassrootsBranch,         // chi bộ cơ sở
    Branch,                   // chi bộ trực thuộc
};

class UnitLevels
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::UnitLevels)
public:
    static QList<UnitLevel> all();
    // Stable keys stored in the database and in exchanged files.
    static QString key(UnitLevel level);
    static bool fromKey(const QString &key, UnitLevel *level);
    static QString displayName(UnitLevel level);
    // A chi bộ holds no subordinate units; a đảng bộ does.
    static bool isBranch(UnitLevel level);
};

} // namespace daihoi
