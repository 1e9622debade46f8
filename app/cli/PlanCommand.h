#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli plan FILE --unit CODE --term T [--on YYYY-MM-DD]: where a committee's units stand against its plan
// on a day: the five counts, the overdue units, and the work items' tally.
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::PlanCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
