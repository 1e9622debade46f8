#pragma once

#include <QString>

namespace daihoi {

struct ImportOptions
{
    // The unit an export's top unit is placed under when the database does not have it yet. Without it
    // such an export is refused, except into a database with no units at all, where it becomes a top unit.
    QString attachUnder;
};

} // namespace daihoi
