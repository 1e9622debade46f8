#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli export FILE.db --unit CODE --term START-END --out DIR [--dialect excel|data] [--separator ';'|',']
// Exit 0: written; 1: the database cannot be read; 2: refused (unknown unit or term, bad options, folder in use).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ExportCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
