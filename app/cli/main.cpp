#include "CommandLine.h"
#include "DemoCommand.h"
#include "GenerateCommand.h"
#include "SummaryCommand.h"
#include "TallyCommand.h"
#include "services/LanguageLoader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace daihoi;

namespace {

int usage(QTextStream &err)
{
    err << QCoreApplication::translate("daihoi::CommandLine",
                                       "Usage: daihoi-cli [--lang vi|en] COMMAND ...\n"
                                       "  demo FILE [--force]                      write the demo database\n"
                                       "  summary FILE --unit CODE --term START-END  a committee's progress for a term\n"
                                       "  tally FILE.json                          check one election round\n"
                                       "  generate FILE --units N [--seed S]       synthetic data for measuring speed")
        << Qt::endl;
    return CommandLine::Refused;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    if (command == QLatin1String("demo"))
        return DemoCommand::run(args, out, err);
    if (command == QLatin1String("generate"))
        return GenerateCommand::run(args, out, err);
    if (command == QLatin1String("summary"))
        return SummaryCommand::run(args, out, err);
    if (command == QLatin1String("tally"))
        return args.size() == 1 ? TallyCommand::run(args.first(), out, err) : usage(err);
    return usage(err);
}
