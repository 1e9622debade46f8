#include "SqliteShell.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace daihoi::bench {

double SqliteShell::run(const QStringList &args, const QString &script, QString *error)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), args);
    if (!shell.waitForStarted()) {
        *error = QStringLiteral("sqlite3 did not start: %1").arg(shell.errorString());
        return -1;
    }
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        *error = QStringLiteral("sqlite3 failed: %1").arg(QString::fromUtf8(shell.readAllStandardError()));
        return -1;
    }
    return elapsed;
}

double SqliteShell::exportTables(const QString &database, const QStringList &tables, const QString &folder,
                                 QString *error)
{
    QDir().mkpath(folder);
    QString script = QStringLiteral(".headers on\n");
    for (const QString &table : tables)
        script += QStringLiteral(".output '%1'\nSELECT * FROM %2;\n").arg(QDir(folder).filePath(table + QStringLiteral(".csv")), table);
    return run({QStringLiteral("-csv"), QStringLiteral("-readonly"), database}, script, error);
}

double SqliteShell::importFolder(const QString &folder, const QString &database, QString *error)
{
    QFile::remove(database);
    QString script;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        script += QStringLiteral(".import --csv '%1' %2\n").arg(file.absoluteFilePath(), file.completeBaseName());
    return run({database}, script, error);
}

} // namespace daihoi::bench
