#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli demo FILE [--force]: writes the demo database.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::DemoCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
