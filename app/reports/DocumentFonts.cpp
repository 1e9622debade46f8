#include "DocumentFonts.h"

#include <QFontDatabase>

namespace daihoi {

void DocumentFonts::ensureLoaded()
{
    static const bool loaded = [] {
        bool all = true;
        // The system's fonts are read first: a face added later under the same family and style
        // then takes the place of the system's (Qt keeps the last one registered), where added
        // before the database is read it would be the one replaced.
        QFontDatabase::families();
        for (const char *face : {"Regular", "Bold", "Italic", "BoldItalic"}) {
            const QString path = QStringLiteral(":/daihoi/fonts/LiberationSerif-%1.ttf").arg(QLatin1String(face));
            const int id = QFontDatabase::addApplicationFont(path);
            if (id < 0) {
                qWarning("Cannot load the document font %s", qPrintable(path));
                all = false;
            }
        }
        return all;
    }();
    Q_UNUSED(loaded);
}

QStringList DocumentFonts::families()
{
    ensureLoaded();
    return {QStringLiteral("Liberation Serif")};
}

QFont DocumentFonts::font(double pointSize)
{
    QFont font;
    font.setFamilies(families());
    font.setStyleHint(QFont::Serif, QFont::NoFontMerging);
    font.setPointSizeF(pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace daihoi
