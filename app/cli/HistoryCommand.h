#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli history FILE|URL --unit CODE [--term 2022-2025] [--limit N]: who changed what and when, newest
// first, read from the history the database keeps.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::HistoryCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
