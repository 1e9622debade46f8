#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli generate FILE.db --units N --seed S: synthetic national-shape data for measuring speed.
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::GenerateCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
