#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace daihoi {

QStringList LanguageLoader::available()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

bool LanguageLoader::install(QCoreApplication *app, const QString &language)
{
    const QString chosen = available().contains(language) ? language : defaultLanguage();
    QLocale::setDefault(QLocale(chosen == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                chosen == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    // Qt's own strings (dialog buttons, file and print dialogs): the system's, or ours where it has none.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qtTranslator->load(QStringLiteral(":/i18n/qtbase_") + chosen))
        app->installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *translator = new QTranslator(app);
    if (!translator->load(QStringLiteral(":/i18n/daihoi_") + chosen)) {
        delete translator;
        return false;
    }
    app->installTranslator(translator);
    return true;
}

} // namespace daihoi
