#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli summary FILE --unit CODE --term 2022-2025: a committee's progress for a term.
class SummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::SummaryCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
