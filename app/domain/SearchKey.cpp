#include "SearchKey.h"

namespace daihoi {

QString SearchKey::of(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // đ/Đ carry no combining mark to drop: they are letters of their own.
        if (c == QChar(0x0111) || c == QChar(0x0110))
            key.append(QLatin1Char('d'));
        else
            key.append(c);
    }
    return key.toCaseFolded().simplified();
}

QString SearchKey::containsPattern(const QString &text)
{
    QString key = of(text);
    key.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    key.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    key.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + key + QLatin1Char('%');
}

} // namespace daihoi
