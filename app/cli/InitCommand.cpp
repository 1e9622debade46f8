#include "InitCommand.h"

#include "CommandLine.h"
#include "storage/Database.h"

#include <QFile>
#include <QTextStream>

namespace daihoi {

int InitCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--"))) {
        err << tr("Usage: daihoi-cli init FILE") << Qt::endl;
        return CommandLine::Refused;
    }
    const QString path = args.first();
    // Creating the file exclusively first means a file that appears meanwhile is refused too, never opened.
    QFile file(path);
    if (file.exists() || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        err << (file.exists()
                    ? tr("%1 already exists; init only creates a new database and left it unchanged.")
                          .arg(path)
                    : tr("%1 cannot be created: %2").arg(path, file.errorString()))
            << Qt::endl;
        return file.exists() ? CommandLine::Refused : CommandLine::Failure;
    }
    file.close();
    Database db;
    QString error;
    if (!db.openSqlite(path, &error)) {
        db.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        err << error << Qt::endl;
        return CommandLine::Failure;
    }
    db.close();
    out << tr("Empty database created: %1.").arg(path) << Qt::endl;
    return CommandLine::Success;
}

} // namespace daihoi
