#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli import FILE.db PATH... [--attach-under CODE]: PATH is an export folder or its manifest.json.
// Exit 0: imported (or already imported); 1: the database or an export cannot be read; 2: refused.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ImportCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
