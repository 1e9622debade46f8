#pragma once

#include <QStringList>

namespace daihoi {

// What an accepted import did, one line per export, for the clerk to read.
struct ImportResult
{
    int written = 0;   // exports whose rows were written (new, or replacing an older export)
    int unchanged = 0; // exports already imported: nothing written
    QStringList lines;
    // Filled on a refusal too: codes of exports whose top unit is not in the database and that were given
    // no unit to attach under, so a window can ask for one and try again.
    QStringList unattached;
    // A refusal because a path, manifest or file could not be read at all (not because of its content).
    bool unreadable = false;
};

} // namespace daihoi
