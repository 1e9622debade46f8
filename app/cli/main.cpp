#include "CommandLine.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "OfficeCommand.h"
#include "ReportCommand.h"
#include "PlanCommand.h"
#include "SummaryCommand.h"
#include "TallyCommand.h"
#include "services/LanguageLoader.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace daihoi;

namespace {

int usage(QTextStream &err)
{
    err << QCoreApplication::translate("daihoi::CommandLine",
                                       "Usage: daihoi-cli [--lang vi|en] COMMAND ...\n"
                                       "  init FILE                                create an empty database\n"
                                       "  demo FILE [--force]                      write the demo database\n"
                                       "  summary FILE --unit CODE --term START-END  a committee's progress for a term\n"
                                       "  plan FILE --unit CODE --term START-END [--on YYYY-MM-DD]\n"
                                       "                                           progress against the committee's plan\n"
                                       "  tally FILE.json                          check one election round\n"
                                       "  generate FILE --units N [--seed S]       synthetic data for measuring speed\n"
                                       "  report FILE --unit CODE --term START-END --kind KIND --out OUT.pdf|OUT.odt|OUT.xlsx\n"
                                       "         [--number N] [--date YYYY-MM-DD] [--place PLACE] [--signer NAME]\n"
                                       "                                           a party document; KIND: summary, congress,\n"
                                       "                                           approval, tally, decision, resolution, minutes,\n"
                                       "                                           statistics\n"
                                       "  export FILE --unit CODE --term START-END --out DIR [--dialect excel|data]\n"
                                       "         [--separator ';'|',']             CSV files for the committee above\n"
                                       "  import FILE PATH... [--attach-under CODE] exports of units below\n"
                                       "  history FILE --unit CODE [--term START-END] [--limit N]\n"
                                       "                                           who changed what and when, newest first\n"
                                       "  office init URL | office upgrade URL | office copy FILE.db URL | office copy URL FILE.db\n"
                                       "  office user URL NAME [--admin] | office users URL\n"
                                       "  office grant URL NAME --unit CODE [--read-only] | office revoke URL NAME --unit CODE\n"
                                       "                                           a shared office database on PostgreSQL\n"
                                       "FILE may also be an office database's URL, postgresql://user@host/database")
        << Qt::endl;
    return CommandLine::Refused;
}

} // namespace

int main(int argc, char *argv[])
{
    // Reports lay out fonts and write PDF, which needs a QGuiApplication (offscreen: no window is
    // ever shown); every other command stays a plain core application with nothing on stderr.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui || qstrcmp(argv[i], "report") == 0;
    if (needsGui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("daihoi"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = app.arguments().mid(1);
    QString language = LanguageLoader::defaultLanguage();
    if (const int at = args.indexOf(QStringLiteral("--lang")); at >= 0 && at + 1 < args.size()) {
        language = args.at(at + 1);
        args.remove(at, 2);
    }
    LanguageLoader::install(&app, language);

    if (args.isEmpty())
        return usage(err);
    const QString command = args.takeFirst();
    if (command == QLatin1String("init"))
        return InitCommand::run(args, out, err);
    if (command == QLatin1String("demo"))
        return DemoCommand::run(args, out, err);
    if (command == QLatin1String("export"))
        return ExportCommand::run(args, out, err);
    if (command == QLatin1String("import"))
        return ImportCommand::run(args, out, err);
    if (command == QLatin1String("report"))
        return ReportCommand::run(args, out, err);
    if (command == QLatin1String("generate"))
        return GenerateCommand::run(args, out, err);
    if (command == QLatin1String("summary"))
        return SummaryCommand::run(args, out, err);
    if (command == QLatin1String("plan"))
        return PlanCommand::run(args, out, err);
    if (command == QLatin1String("history"))
        return HistoryCommand::run(args, out, err);
    if (command == QLatin1String("office"))
        return OfficeCommand::run(args, out, err);
    if (command == QLatin1String("tally"))
        return args.size() == 1 ? TallyCommand::run(args.first(), out, err) : usage(err);
    return usage(err);
}
