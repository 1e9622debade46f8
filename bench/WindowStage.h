#pragma once

#include "BenchFigures.h"

namespace daihoi::bench {

// The clerk's window on a database: opening it until the tree's first level and the top committee's
// progress are shown, scrolling the committee-wide unit list to its end, and searching.
// Needs a QApplication (offscreen) and a settings folder of its own, so the top unit is selected.
class WindowStage
{
public:
    static bool run(const QString &database, BenchFigures *figures, QString *error);
};

} // namespace daihoi::bench
