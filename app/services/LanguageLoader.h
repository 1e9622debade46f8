#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace daihoi {

// Installs the program's translation. Vietnamese is the default whatever the system locale.
class LanguageLoader
{
public:
    static QStringList available(); // "vi", "en"
    static QString defaultLanguage() { return QStringLiteral("vi"); }
    // Loads the embedded translation and sets the default locale (decimal comma, dates) to match.
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace daihoi
