#include "ImportCommand.h"
#include "CommandLine.h"
#include "exchange/Importer.h"
#include "storage/Database.h"
#include <QTextStream>

namespace daihoi {

int ImportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList rest = args;
    ImportOptions options;
    if (const int at = int(rest.indexOf(QStringLiteral("--attach-under"))); at >= 0) {
        if (at + 1 >= rest.size()) {
            err << tr("--attach-under needs the code of a unit.") << Qt::endl;
            return CommandLine::Refused;
        }
        options.attachUnder = rest.at(at + 1);
        rest.remove(at, 2);
    }
    if (rest.size() < 2 || rest.first().startsWith(QLatin1String("--"))) {
        err << tr("Usage: daihoi-cli import FILE PATH... [--attach-under CODE]") << Qt::endl;
        return CommandLine::Refused;
    }
    Database db;
    if (!CommandLine::openForWriting(db, rest.takeFirst(), err))
        return CommandLine::Failure;
    ImportResult result;
    QStringList errors;
    if (!Importer(db.connection()).run(rest, options, nullptr, &result, &errors)) {
        for (const QString &message : std::as_const(errors))
            err << message << Qt::endl;
        err << tr("Nothing was imported.") << Qt::endl;
        return result.unreadable ? CommandLine::Failure : CommandLine::Refused;
    }
    for (const QString &line : std::as_const(result.lines))
        out << line << Qt::endl;
    return CommandLine::Success;
}

} // namespace daihoi
