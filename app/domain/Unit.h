#pragma once

#include "UnitLevel.h"

#include <QMetaType>
#include <QString>

namespace daihoi {

// A party organisation. Its code stays the same over time and across machines.
struct Unit
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: a top-level unit
    QString code;
    QString name;
    UnitLevel level = UnitLevel::Branch;
    bool retired = false;
    int childCount = 0; // filled by queries that list units
    int rowVersion = 0; // the stored row's version when read; a rename, move or retirement from an older one is refused

    bool isValid() const { return id > 0; }
};

} // namespace daihoi

Q_DECLARE_METATYPE(daihoi::Unit)
