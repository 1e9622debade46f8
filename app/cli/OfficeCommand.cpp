#include "OfficeCommand.h"

#include "CommandLine.h"
#include "storage/Database.h"
#include "storage/OfficeCopier.h"
#include "storage/OfficeSetup.h"
#include "storage/OfficeUpgrade.h"

#include <QFile>
#include <QTextStream>

namespace daihoi {

int OfficeCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString action = args.value(0);
    if (action == QLatin1String("init") && args.size() == 2 && Database::isServerUrl(args.at(1)))
        return init(args.at(1), out, err);
    if (action == QLatin1String("upgrade") && args.size() == 2 && Database::isServerUrl(args.at(1)))
        return upgrade(args.at(1), out, err);
    if (action == QLatin1String("copy") && args.size() == 3) {
        if (!Database::isServerUrl(args.at(1)) && Database::isServerUrl(args.at(2)))
            return copyToServer(args.at(1), args.at(2), out, err);
        if (Database::isServerUrl(args.at(1)) && !Database::isServerUrl(args.at(2)))
            return copyToFile(args.at(1), args.at(2), out, err);
    }
    bool handled = false;
    if (const int code = runUsers(args, out, err, &handled); handled)
        return code;
    err << tr("Usage: daihoi-cli office init URL\n"
              "       daihoi-cli office copy FILE.db URL\n"
              "       daihoi-cli office copy URL FILE.db\n"
              "       daihoi-cli office upgrade URL\n"
              "URL: postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass)")
        << Qt::endl
        << usersUsage() << Qt::endl;
    return CommandLine::Refused;
}

int OfficeCommand::init(const QString &url, QTextStream &out, QTextStream &err)
{
    Database db;
    QString error;
    if (!db.connectServer(url, &error)) {
        err << error << Qt::endl;
        return CommandLine::Failure;
    }
    bool refused = false;
    if (!OfficeSetup::initialize(db.connection(), db.location(), &error, &refused)) {
        err << error << Qt::endl;
        return refused ? CommandLine::Refused : CommandLine::Failure;
    }
    out << tr("Office database created: %1. Its tables belong to %2; clerks join %3.")
               .arg(db.location(), OfficeSetup::ownerRole(), OfficeSetup::clerksRole())
        << Qt::endl;
    return CommandLine::Success;
}

int OfficeCommand::copyToServer(const QString &file, const QString &url, QTextStream &out, QTextStream &err)
{
    Database from;
    Database to;
    // A newer database on either side holds columns this program would drop on the way.
    if (!CommandLine::openForWriting(from, file, err) || !CommandLine::openForWriting(to, url, err))
        return CommandLine::Failure;
    QString error;
    bool refused = false;
    if (!OfficeCopier::copy(from.connection(), to.connection(), to.location(), &error, &refused)) {
        err << error << Qt::endl;
        return refused ? CommandLine::Refused : CommandLine::Failure;
    }
    out << tr("Copied %1 into %2.").arg(file, to.location()) << Qt::endl;
    return CommandLine::Success;
}

int OfficeCommand::copyToFile(const QString &url, const QString &file, QTextStream &out, QTextStream &err)
{
    if (QFile::exists(file)) {
        err << tr("%1 already exists; the copy goes only into a new file, and it was left unchanged.").arg(file)
            << Qt::endl;
        return CommandLine::Refused;
    }
    Database from;
    if (!CommandLine::openForWriting(from, url, err))
        return CommandLine::Failure;
    QString error;
    bool refused = false;
    bool copied = false;
    {
        Database to;
        copied = to.openSqlite(file, &error)
                 && OfficeCopier::copy(from.connection(), to.connection(), file, &error, &refused);
    }
    if (!copied) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        err << error << Qt::endl;
        return refused ? CommandLine::Refused : CommandLine::Failure;
    }
    out << tr("Copied %1 into %2.").arg(from.location(), file) << Qt::endl;
    return CommandLine::Success;
}

int OfficeCommand::upgrade(const QString &url, QTextStream &out, QTextStream &err)
{
    Database db;
    QString message;
    if (!db.connectServer(url, &message)) {
        err << message << Qt::endl;
        return CommandLine::Failure;
    }
    switch (OfficeUpgrade::run(db.connection(), db.location(), &message)) {
    case OfficeUpgrade::Outcome::Upgraded:
    case OfficeUpgrade::Outcome::AlreadyCurrent:
        out << message << Qt::endl;
        return CommandLine::Success;
    case OfficeUpgrade::Outcome::Refused:
        err << message << Qt::endl;
        return CommandLine::Refused;
    case OfficeUpgrade::Outcome::Failed:
        break;
    }
    err << message << Qt::endl;
    return CommandLine::Failure;
}

} // namespace daihoi
