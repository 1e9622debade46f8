#include "NameList.h"

namespace daihoi {

QString NameList::tidy(const QString &name)
{
    // simplified() would also turn a tab or a line break into a space; those are refused by the rules
    // instead.
    QString result;
    bool space = false;
    for (const QChar ch : name.trimmed()) {
        if (ch == QLatin1Char(' ')) {
            space = true;
            continue;
        }
        if (space && !result.isEmpty())
            result.append(QLatin1Char(' '));
        space = false;
        result.append(ch);
    }
    return result;
}

QStringList NameList::split(const QString &text)
{
    QStringList names;
    for (const QString &piece : text.split(separator())) {
        const QString name = tidy(piece);
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QString NameList::join(const QStringList &names)
{
    return names.join(QStringLiteral("; "));
}

} // namespace daihoi
