#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace daihoi {

// The one typeface of every printed document: Liberation Serif 2.1, shipped with the program as a
// resource because the Liberation Serif many systems carry (1.07) has no ơ, ư nor ạ…ỹ, and Qt would
// then draw those letters in another typeface.
class DocumentFonts
{
public:
    // Registers the bundled faces once (needs a QGuiApplication); later calls do nothing.
    static void ensureLoaded();
    // The family to ask for: the bundled faces' own, registered so that they win over the system's.
    static QStringList families();
    // The document font at a size in points.
    static QFont font(double pointSize);
};

} // namespace daihoi
