#include "SummaryCommand.h"

#include "CommandLine.h"
#include "domain/DisplayFormat.h"
#include "storage/CongressRepository.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "storage/Database.h"

#include <QTextStream>

namespace daihoi {

int SummaryCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString code = CommandLine::option(args, QStringLiteral("--unit"));
    const QString termText = CommandLine::option(args, QStringLiteral("--term"));
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")) || code.isEmpty() || termText.isEmpty()) {
        err << tr("Usage: daihoi-cli summary FILE --unit CODE --term 2022-2025") << Qt::endl;
        return CommandLine::Refused;
    }
    int startYear = 0;
    int endYear = 0;
    if (!CommandLine::parseTerm(termText, &startYear, &endYear, err))
        return CommandLine::Refused;
    Database db;
    if (!CommandLine::openExisting(db, args.first(), err))
        return CommandLine::Refused;

    Unit unit;
    Term term;
    if (const int found = CommandLine::findUnit(db, code, &unit, err))
        return found;
    if (const int found = CommandLine::findTerm(db, startYear, endYear, &term, err))
        return found;
    QString error;
    CongressRepository congresses(db.connection());
    Progress progress;
    if (!congresses.progress(unit.id, term.id, &progress, &error)) {
        err << error << Qt::endl;
        return CommandLine::Failure;
    }
    out << tr("%1 (%2), term %3").arg(unit.name, unit.code, term.label()) << Qt::endl;
    if (progress.unitCount == 0) {
        out << tr("%1 has no subordinate units.").arg(unit.name) << Qt::endl;
        return CommandLine::Success;
    }
    out << progress.headline();
    if (progress.heldCount > 0)
        out << QStringLiteral(", ") << progress.dateSpan();
    out << Qt::endl;

    const int page = 500;
    QList<PendingCongress> pending;
    for (int offset = 0;; offset += page) {
        if (!congresses.pending(unit.id, term.id, offset, page, &pending, &error)) {
            err << error << Qt::endl;
            return CommandLine::Failure;
        }
        for (const PendingCongress &item : pending) {
            QString state = !item.hasRecord ? tr("no congress recorded")
                            : item.status == Congress::Status::Postponed ? tr("postponed")
                                                                         : tr("planned");
            if (item.plannedDate.isValid())
                state += QStringLiteral(" ") + tr("for %1").arg(DisplayFormat::date(item.plannedDate));
            out << tr("Not yet held: %1 (%2), %3").arg(item.unit.name, item.unit.code, state) << Qt::endl;
        }
        if (pending.size() < page)
            break;
    }
    return CommandLine::Success;
}

} // namespace daihoi
