#include "HistoryCommand.h"

#include "CommandLine.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "services/HistoryFormatter.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"

#include <QTextStream>

namespace daihoi {

int HistoryCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString code = CommandLine::option(args, QStringLiteral("--unit"));
    const QString termText = CommandLine::option(args, QStringLiteral("--term"));
    const QString limitText = CommandLine::option(args, QStringLiteral("--limit"));
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? 500 : limitText.toInt(&limitOk);
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")) || code.isEmpty() || !limitOk || limit < 1) {
        err << tr("Usage: daihoi-cli history FILE --unit CODE [--term 2022-2025] [--limit N]") << Qt::endl;
        return CommandLine::Refused;
    }
    int startYear = 0;
    int endYear = 0;
    if (!termText.isEmpty() && !CommandLine::parseTerm(termText, &startYear, &endYear, err))
        return CommandLine::Refused;
    Database db;
    if (!CommandLine::openExisting(db, args.first(), err))
        return CommandLine::Refused;
    Unit unit;
    if (const int found = CommandLine::findUnit(db, code, &unit, err))
        return found;
    QString error;
    const HistoryRepository history(db.connection());
    QList<HistoryEntry> entries;
    if (termText.isEmpty()) {
        out << tr("Changes to %1 (%2), newest first").arg(unit.name, unit.code) << Qt::endl;
        if (!history.forUnit(unit.id, 0, limit, &entries, &error)) {
            err << error << Qt::endl;
            return CommandLine::Failure;
        }
    } else {
        Term term;
        if (const int found = CommandLine::findTerm(db, startYear, endYear, &term, err))
            return found;
        out << tr("Changes to %1 (%2), term %3, newest first").arg(unit.name, unit.code, term.label()) << Qt::endl;
        if (!history.forUnitTerm(unit.id, term.id, 0, limit, &entries, &error)) {
            err << error << Qt::endl;
            return CommandLine::Failure;
        }
    }
    const QList<HistoryItem> items = HistoryFormatter::describe(entries);
    if (items.isEmpty())
        out << tr("No change is recorded.") << Qt::endl;
    for (const HistoryItem &item : items) {
        out << item.changedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) << QStringLiteral("  ")
            << item.login << QStringLiteral("  ") << item.subject << Qt::endl;
        for (const QString &change : item.changes)
            out << QStringLiteral("    ") << change << Qt::endl;
    }
    if (entries.size() == limit)
        out << tr("Only the newest %1 changes are shown; --limit shows more.").arg(limit) << Qt::endl;
    return CommandLine::Success;
}

} // namespace daihoi
