#include "DemoCommand.h"

#include "CommandLine.h"
#include "services/DemoDatabaseBuilder.h"
#include "storage/Database.h"

#include <QFile>
#include <QTextStream>

namespace daihoi {

int DemoCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const bool force = args.contains(QStringLiteral("--force"));
    QStringList files = args;
    files.removeAll(QStringLiteral("--force"));
    if (files.size() != 1) {
        err << tr("Usage: daihoi-cli demo FILE [--force]") << Qt::endl;
        return CommandLine::Refused;
    }
    const QString path = files.first();
    if (QFile::exists(path)) {
        if (!force) {
            err << tr("%1 already exists; add --force to replace it with the demo database.").arg(path) << Qt::endl;
            return CommandLine::Refused;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    Database db;
    QString error;
    if (!db.openSqlite(path, &error) || !DemoDatabaseBuilder::build(db.connection(), &error)) {
        err << error << Qt::endl;
        return CommandLine::Failure;
    }
    out << tr("Demo database written to %1.").arg(path) << Qt::endl;
    return CommandLine::Success;
}

} // namespace daihoi
