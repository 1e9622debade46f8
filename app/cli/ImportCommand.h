#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli import FILE.db PATH... [--attach-under CODE]: PATH is an export folder or its manifest.json.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ImportCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
