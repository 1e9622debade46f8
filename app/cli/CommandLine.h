#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

class Database;
struct Term;
struct Unit;

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
    // Reads "2022-2025" (or –, /); false after saying how to write it.
    static bool parseTerm(const QString &text, int *startYear, int *endYear, QTextStream &err);
    // The unit with that code and the term of those years: Success, Refused after naming what the database
    // lacks, or Failure after the database's own error.
    static ExitCode findUnit(Database &db, const QString &code, Unit *unit, QTextStream &err);
    static ExitCode findTerm(Database &db, int startYear, int endYear, Term *term, QTextStream &err);
};

} // namespace daihoi
