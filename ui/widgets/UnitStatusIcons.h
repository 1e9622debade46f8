#pragma once

#include "storage/CongressOverviewQuery.h"

#include <QCoreApplication>
#include <QIcon>

namespace daihoi {

// The marks of a unit's congress in the tree and its legend. Each state has its own shape as well as its
// own colour (a check in a green disc, a clock, a pause sign in a diamond, a dashed ring), so they are
// told apart without colour too. Drawn once, on first use.
class UnitStatusIcons
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::UnitStatusIcons)
public:
    static QIcon icon(CongressMark::State state);
    // "Held", for the legend.
    static QString label(CongressMark::State state);
    // "Held on 06/07/2017", for the tooltip.
    static QString description(const CongressMark &mark);
};

} // namespace daihoi
