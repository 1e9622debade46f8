#include "ReportCommand.h"

#include "CommandLine.h"
#include "reports/DocumentWriter.h"
#include "reports/OdtWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportSettings.h"
#include "reports/ReportTables.h"
#include "reports/XlsxWriter.h"
#include "reports/charts/SummaryChartPictures.h"
#include "services/AppSettings.h"
#include "services/ApprovalService.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTextDocument>
#include <QTextStream>

namespace daihoi {

namespace {

int exitCode(ReportBuilder::Outcome outcome)
{
    return outcome == ReportBuilder::Outcome::Refused ? CommandLine::Refused : CommandLine::Failure;
}

// --record-approvals: the printed decisions' numbers and date on the committees they approve, in one transaction.
int recordApprovals(QSqlDatabase db, const Unit &unit, const Term &term, const DocumentHeader &header,
                    QTextStream &out, QTextStream &err)
{
    ApprovalService service(db);
    QList<ApprovalService::Decision> decisions;
    QString error;
    if (!service.decisions(unit, term, header, &decisions, &error) || !service.record(decisions, &error)) {
        err << error << Qt::endl;
        return CommandLine::Failure;
    }
    out << ReportCommand::tr("Recorded the approval of %n committee(s) (%1).", nullptr, int(decisions.size()))
               .arg(ApprovalService::numberRange(decisions))
        << Qt::endl;
    return CommandLine::Success;
}

} // namespace

int ReportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString code = CommandLine::option(args, QStringLiteral("--unit"));
    const QString termText = CommandLine::option(args, QStringLiteral("--term"));
    const QString kindText = CommandLine::option(args, QStringLiteral("--kind"));
    const QString pdfPath = CommandLine::option(args, QStringLiteral("--out"));
    const QString htmlPath = CommandLine::option(args, QStringLiteral("--html"));
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")) || code.isEmpty() || termText.isEmpty()
        || kindText.isEmpty() || (pdfPath.isEmpty() && htmlPath.isEmpty())) {
        err << tr("Usage: daihoi-cli report FILE --unit CODE --term 2022-2025 "
                  "--kind summary|congress|approval|tally|decision|resolution|minutes|statistics|ballot-log"
                  "|plan-schedule|agenda "
                  "--out OUT.pdf|OUT.odt|OUT.xlsx [--html OUT.html] [--number 12-BC/ĐU] [--place PLACE] "
                  "[--date YYYY-MM-DD] [--signer NAME] [--signer-title TITLE] [--record-approvals] "
                  "[--on YYYY-MM-DD]")
            << Qt::endl
            << tr("The extension of --out chooses the format: .pdf to print, .odt to edit in Word or LibreOffice, "
                  ".xlsx (summary, statistics, plan-schedule and agenda only) to rework the table in Excel.")
            << Qt::endl
            << tr("--kind agenda prints the plan's congresses of 14 days from the day --on gives (default today).")
            << Qt::endl;
        return CommandLine::Refused;
    }
    ReportKind kind;
    if (!ReportKinds::fromKey(kindText, &kind)) {
        err << tr("Unknown report kind \"%1\": use summary, congress, approval, tally, decision, resolution, minutes, "
                  "statistics, ballot-log, plan-schedule or agenda.")
                   .arg(kindText)
            << Qt::endl;
        return CommandLine::Refused;
    }
    if (args.contains(QLatin1String("--record-approvals"))
        && (kind != ReportKind::Decision || CommandLine::option(args, QStringLiteral("--number")).trimmed().isEmpty())) {
        err << tr("--record-approvals records decisions: use it with --kind decision and --number.") << Qt::endl;
        return CommandLine::Refused;
    }
    QDate agendaFrom;
    if (args.contains(QLatin1String("--on"))) {
        const QString onText = CommandLine::option(args, QStringLiteral("--on"));
        if (kind != ReportKind::Agenda) {
            err << tr("--on gives the first day of an agenda: use it with --kind agenda.") << Qt::endl;
            return CommandLine::Refused;
        }
        agendaFrom = QDate::fromString(onText, Qt::ISODate);
        if (!agendaFrom.isValid()) {
            err << tr("--on \"%1\": the agenda's first day is not written as YYYY-MM-DD.").arg(onText) << Qt::endl;
            return CommandLine::Refused;
        }
    }
    const QString format = QFileInfo(pdfPath).suffix().toLower();
    if (!pdfPath.isEmpty() && format != QLatin1String("pdf") && format != QLatin1String("odt")
        && format != QLatin1String("xlsx")) {
        err << tr("--out %1: the file must end in .pdf, .odt or .xlsx, which chooses its format.").arg(pdfPath)
            << Qt::endl;
        return CommandLine::Refused;
    }
    if (format == QLatin1String("xlsx") && !ReportTables::isTable(kind)) {
        err << tr("--out %1: --kind %2 is a document, not a table; write it as .pdf or .odt (.xlsx is for "
                  "--kind summary, --kind statistics, --kind plan-schedule and --kind agenda).")
                   .arg(pdfPath, ReportKinds::key(kind))
            << Qt::endl;
        return CommandLine::Refused;
    }
    int startYear = 0;
    int endYear = 0;
    if (!CommandLine::parseTerm(termText, &startYear, &endYear, err))
        return CommandLine::Refused;
    QDate date;
    const QString dateText = CommandLine::option(args, QStringLiteral("--date"));
    if (!dateText.isEmpty()) {
        date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid()) {
            err << tr("The date \"%1\" is not written as YYYY-MM-DD.").arg(dateText) << Qt::endl;
            return CommandLine::Refused;
        }
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << tr("Printing needs the program's graphics support, which this build of daihoi-cli did not start.")
            << Qt::endl;
        return CommandLine::Failure;
    }

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

    ReportBuilder builder(db.connection());
    builder.setAgendaFrom(agendaFrom);
    // The summary's charts, against the structure targets the clerk set in the program.
    const SummaryChartPictures charts(db.connection(), builder.youngAgeLimit(), AppSettings().structureTargets());
    builder.setSummaryCharts(&charts);
    DocumentHeader header = builder.defaultHeader(kind, unit, term);
    ReportSettings().load(unit.code, kind, term.key(), &header);
    const struct
    {
        const char *option;
        QString *field;
    } overrides[] = {{"--number", &header.number},
                     {"--place", &header.place},
                     {"--signer", &header.signerName},
                     {"--signer-title", &header.signerTitle}};
    for (const auto &entry : overrides) {
        if (args.contains(QLatin1String(entry.option)))
            *entry.field = CommandLine::option(args, QLatin1String(entry.option));
    }
    if (date.isValid())
        header.date = date;

    if (format == QLatin1String("xlsx")) {
        ReportTables tables(db.connection());
        tables.setAgendaFrom(agendaFrom);
        SheetTable table;
        const ReportBuilder::Outcome built = tables.build(kind, unit, term, &table, &error);
        if (built != ReportBuilder::Outcome::Built) {
            err << error << Qt::endl;
            return exitCode(built);
        }
        if (!XlsxWriter::write(table, pdfPath, &error)) {
            err << error << Qt::endl;
            return CommandLine::Failure;
        }
        out << tr("Wrote %1 (%n row(s)).", nullptr, int(table.rows.size())).arg(pdfPath) << Qt::endl;
        return CommandLine::Success;
    }

    QTextDocument document;
    const ReportBuilder::Outcome outcome = builder.build(kind, unit, term, header, &document, &error);
    if (outcome != ReportBuilder::Outcome::Built) {
        err << error << Qt::endl;
        return exitCode(outcome);
    }
    if (format == QLatin1String("odt")) {
        if (!OdtWriter::write(&document, pdfPath, &error)) {
            err << error << Qt::endl;
            return CommandLine::Failure;
        }
        out << tr("Wrote %1.").arg(pdfPath) << Qt::endl;
    } else if (!pdfPath.isEmpty()) {
        if (!DocumentWriter::writePdf(&document, pdfPath, ReportKinds::displayName(kind), &error)) {
            err << error << Qt::endl;
            return CommandLine::Failure;
        }
        out << tr("Wrote %1 (%n page(s)).", nullptr, DocumentWriter::pageCount(&document)).arg(pdfPath) << Qt::endl;
    }
    if (!htmlPath.isEmpty()) {
        if (!DocumentWriter::writeHtml(&document, htmlPath, &error)) {
            err << error << Qt::endl;
            return CommandLine::Failure;
        }
        out << tr("Wrote %1.").arg(htmlPath) << Qt::endl;
    }
    if (args.contains(QLatin1String("--record-approvals")))
        return recordApprovals(db.connection(), unit, term, header, out, err);
    return CommandLine::Success;
}

} // namespace daihoi
