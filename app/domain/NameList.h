#pragma once

#include <QString>
#include <QStringList>

namespace daihoi {

// Several people's names in one line, as a clerk types them and as one CSV cell carries them:
// "Nguyễn Văn An; Trần Thị Bình". A semicolon never occurs in a Vietnamese name, a comma might
// ("Nguyễn Văn An, Bí thư"), so the semicolon separates.
class NameList
{
public:
    static QChar separator() { return QLatin1Char(';'); }
    // Each name trimmed, inner runs of spaces made one; empty pieces dropped; order kept.
    static QStringList split(const QString &text);
    static QString join(const QStringList &names);
    // Trimmed with inner runs of white space made one space.
    static QString tidy(const QString &name);
};

} // namespace daihoi
