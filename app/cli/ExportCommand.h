#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli export FILE.db --unit CODE --term START-END --out DIR [--dialect excel|data] [--separator ';'|',']
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ExportCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
