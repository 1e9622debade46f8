#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

class Database;

// What every daihoi-cli command shares: exit codes and opening the database it names.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CommandLine)
public:
    enum ExitCode { Success = 0, Failure = 1, Refused = 2 };

    // Opens an existing database file, or an office database by its postgresql:// URL; a missing file is
    // refused rather than created.
    static bool openExisting(Database &db, const QString &path, QTextStream &err);
    // The same for a command that writes: a database of a newer program (open read-only) is refused, saying so.
    static bool openForWriting(Database &db, const QString &path, QTextStream &err);
    // The value after --name in args, or an empty string.
    static QString option(const QStringList &args, const QString &name);
};

} // namespace daihoi
