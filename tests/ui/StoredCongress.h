#pragma once

// The congress records the GUI tests start from and read back, shared so that every test means the same.

#include "MainWindow.h"
#include "Workspace.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"

namespace daihoi::test {

// What the database holds for the unit and term the window shows, to check what a clerk's keys saved.
inline Congress storedCongress(Workspace *workspace, const MainWindow *window)
{
    Congress congress;
    QString error;
    CongressRepository(workspace->database().connection())
        .find(window->currentUnit().id, window->currentTerm().id, &congress, &error);
    return congress;
}

// The window's congress recorded as held on 06/07/2017 with 12 official members summoned, one absent
// with an accepted reason and 11 present: base 11, so 6 votes elect. Used on the demo's UBND-15 (2017–2020).
inline bool holdCongressOfEleven(Workspace *workspace, const MainWindow *window, Congress *congress, QString *error)
{
    if (!CongressRepository(workspace->database().connection())
             .find(window->currentUnit().id, window->currentTerm().id, congress, error))
        return false;
    congress->status = Congress::Status::Held;
    congress->heldFrom = congress->heldTo = QDate(2017, 7, 6);
    congress->officialMembers = congress->summoned = 12;
    congress->exclusions = {};
    congress->exclusions.absentWithReason = 1;
    congress->present = 11;
    return workspace->saveCongress(congress, error);
}

} // namespace daihoi::test
