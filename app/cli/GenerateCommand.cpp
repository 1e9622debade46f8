#include "GenerateCommand.h"

#include "CommandLine.h"
#include "services/SyntheticDataGenerator.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace daihoi {

int GenerateCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool unitsOk = false;
    bool seedOk = true;
    const int units = CommandLine::option(args, QStringLiteral("--units")).toInt(&unitsOk);
    const QString seedText = CommandLine::option(args, QStringLiteral("--seed"));
    const quint32 seed = seedText.isEmpty() ? 1 : seedText.toUInt(&seedOk);
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")) || !unitsOk || !seedOk || units < 5) {
        err << tr("Usage: daihoi-cli generate FILE.db --units N [--seed S]  (N chi bộ, at least 5)") << Qt::endl;
        return CommandLine::Refused;
    }
    const QString path = args.first();
    if (QFile::exists(path)) {
        err << tr("%1 already exists; synthetic data is written into a new file.").arg(path) << Qt::endl;
        return CommandLine::Refused;
    }
    Database db;
    QString error;
    QElapsedTimer timer;
    timer.start();
    SyntheticDataGenerator::Counts counts;
    if (!db.openSqlite(path, &error)
        || !SyntheticDataGenerator::generate(db.connection(), units, seed, &counts, &error, [&err, units](int done) {
               err << QStringLiteral("\r%1/%2").arg(done).arg(units) << Qt::flush;
           })) {
        err << Qt::endl << error << Qt::endl;
        return CommandLine::Failure;
    }
    err << Qt::endl;
    out << tr("%1: %2 units, %3 congresses, %4 candidate rows, %5 committee members, %6 targets in %7 s.")
               .arg(path)
               .arg(counts.units)
               .arg(counts.congresses)
               .arg(counts.candidates)
               .arg(counts.members)
               .arg(counts.targets)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return CommandLine::Success;
}

} // namespace daihoi
