#include "MainWindow.h"
#include "Workspace.h"
#include "services/AppSettings.h"
#include "services/LanguageLoader.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace daihoi;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("daihoi"));
    QApplication::setOrganizationName(QStringLiteral("daihoi"));
    QApplication::setApplicationVersion(QStringLiteral(DAIHOI_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Open this database file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("Interface language: vi or en."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), QStringLiteral("Select the unit with this code."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption termOption(QStringLiteral("term"), QStringLiteral("Select this term, e.g. 2022-2025."),
                                        QStringLiteral("TERM"));
    parser.addOptions({databaseOption, languageOption, unitOption, termOption});
    parser.process(app);

    AppSettings settings;
    LanguageLoader::install(&app, parser.isSet(languageOption) ? parser.value(languageOption) : settings.language());

    Workspace workspace;
    workspace.setQuorumRule(settings.quorumRule());
    workspace.setYoungAgeLimit(settings.youngAgeLimit());
    MainWindow window(&workspace);
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    window.openDatabase(path);
    if (parser.isSet(termOption))
        window.selectTerm(parser.value(termOption));
    if (parser.isSet(unitOption))
        window.selectUnit(parser.value(unitOption));
    window.show();
    return app.exec();
}
