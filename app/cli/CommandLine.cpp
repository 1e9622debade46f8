#include "CommandLine.h"

#include "domain/Term.h"
#include "domain/Unit.h"
#include "storage/Database.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

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

bool CommandLine::parseTerm(const QString &text, int *startYear, int *endYear, QTextStream &err)
{
    if (Term::parseKey(text, startYear, endYear))
        return true;
    err << tr("The term \"%1\" is not written as START-END, e.g. 2022-2025.").arg(text) << Qt::endl;
    return false;
}

CommandLine::ExitCode CommandLine::findUnit(Database &db, const QString &code, Unit *unit, QTextStream &err)
{
    QString error;
    if (UnitRepository(db.connection()).byCode(code, unit, &error))
        return Success;
    err << (error.isEmpty() ? tr("No unit has the code %1.").arg(code) : error) << Qt::endl;
    return error.isEmpty() ? Refused : Failure;
}

CommandLine::ExitCode CommandLine::findTerm(Database &db, int startYear, int endYear, Term *term, QTextStream &err)
{
    QString error;
    if (TermRepository(db.connection()).byYears(startYear, endYear, term, &error))
        return Success;
    err << (error.isEmpty() ? tr("The database has no term %1–%2.").arg(startYear).arg(endYear) : error) << Qt::endl;
    return error.isEmpty() ? Refused : Failure;
}

} // namespace daihoi
