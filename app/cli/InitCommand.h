#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli init FILE: creates an empty database at the current schema. An existing file is
// refused and left exactly as it was.
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::InitCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
