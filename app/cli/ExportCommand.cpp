#include "ExportCommand.h"
#include "CommandLine.h"
#include "domain/Term.h"
#include "exchange/Exporter.h"
#include "storage/Database.h"
#include <QTextStream>

namespace daihoi {

int ExportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString code = CommandLine::option(args, QStringLiteral("--unit"));
    const QString termText = CommandLine::option(args, QStringLiteral("--term"));
    const QString folder = CommandLine::option(args, QStringLiteral("--out"));
    const QString dialectText = CommandLine::option(args, QStringLiteral("--dialect"));
    const QString separator = CommandLine::option(args, QStringLiteral("--separator"));
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")) || code.isEmpty() || termText.isEmpty()
        || folder.isEmpty()) {
        err << tr("Usage: daihoi-cli export FILE --unit CODE --term 2022-2025 --out DIR [--dialect excel|data] "
                  "[--separator ';'|',']")
            << Qt::endl;
        return CommandLine::Refused;
    }
    int startYear = 0;
    int endYear = 0;
    if (!CommandLine::parseTerm(termText, &startYear, &endYear, err))
        return CommandLine::Refused;
    ExportOptions options;
    const QString kind = dialectText.isEmpty() ? QStringLiteral("excel") : dialectText;
    const QChar sep = separator.isEmpty() ? (kind == QLatin1String("data") ? QLatin1Char(',') : QLatin1Char(';'))
                                          : separator.at(0);
    if (separator.size() > 1 || !CsvDialect::fromKey(kind, sep, &options.dialect)) {
        err << tr("The dialect is excel (separator ';' or ',') or data (separator ',').") << Qt::endl;
        return CommandLine::Refused;
    }
    Database db;
    if (!CommandLine::openExisting(db, args.first(), err))
        return CommandLine::Failure;
    QString error;
    Exporter exporter(db.connection());
    if (!exporter.run(code, startYear, endYear, folder, options, nullptr, &error)) {
        err << error << Qt::endl;
        return CommandLine::Refused;
    }
    qint64 units = exporter.manifest().files.value(QStringLiteral("units.csv")).rows;
    qint64 congresses = exporter.manifest().files.value(QStringLiteral("congresses.csv")).rows;
    out << tr("Exported %1, term %2–%3: %4 units, %5 congresses, to %6.")
               .arg(code)
               .arg(startYear)
               .arg(endYear)
               .arg(units)
               .arg(congresses)
               .arg(folder)
        << Qt::endl;
    return CommandLine::Success;
}

} // namespace daihoi
