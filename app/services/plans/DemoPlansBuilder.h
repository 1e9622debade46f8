#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// The demo's plans, modelled on published ones: Việt Hưng's 74-KH/ĐU of 12/7/2022 (pilot congresses first,
// deadline 15/9/2022, a committee member attending each chi bộ), the UBND committee's plan with UBND-15 due on
// 6/7/2017 (not held), and plan 48-KH/QU followed by the Bình Thạnh bloc committee with its 15 work items, some
// done, some done late, some still open; its sub-committee has a timetable of its own.
class DemoPlansBuilder
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::DemoPlansBuilder)
public:
    // Runs inside the demo's transaction, after its units and congresses.
    static bool build(QSqlDatabase db, QString *error);
};

} // namespace daihoi
