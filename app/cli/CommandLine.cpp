#include "CommandLine.h"

#include "storage/Database.h"

#include <QFileInfo>
#include <QTextStream>

namespace daihoi {

bool CommandLine::openExisting(Database &db, const QString &path, QTextStream &err)
{
    if (Database::isServerUrl(path)) {
        QString error;
        if (db.openServer(path, &error))
            return true;
        err << error << Qt::endl;
        return false;
    }
    if (!QFileInfo::exists(path)) {
        err << tr("The database %1 does not exist.").arg(path) << Qt::endl;
        return false;
    }
    QString error;
    if (!db.openSqlite(path, &error)) {
        err << error << Qt::endl;
        return false;
    }
    return true;
}

bool CommandLine::openForWriting(Database &db, const QString &path, QTextStream &err)
{
    if (!openExisting(db, path, err))
        return false;
    if (!db.isReadOnly())
        return true;
    err << db.readOnlyReason() << Qt::endl;
    db.close();
    return false;
}

QString CommandLine::option(const QStringList &args, const QString &name)
{
    const int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
}

} // namespace daihoi
