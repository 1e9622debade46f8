#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// Schema version 11: a committee's plan for its units' congresses of a term (issue 16): the plan, its
// timetable (one line per subordinate unit) and its numbered work items. Lines and items go with their plan.
class PlansSchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
    // The tables this version adds, parents first.
    static QStringList tables();
};

} // namespace daihoi
