#include "VietnameseNameOrder.h"

#include <QStringList>

namespace daihoi {

namespace {

struct NameParts
{
    QString family;
    QString middle;
    QString given;
};

// "Nguyễn Thị Thu Hà" → family "Nguyễn", middle "Thị Thu", given "Hà".
NameParts split(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    NameParts parts;
    if (words.isEmpty())
        return parts;
    parts.given = words.last();
    if (words.size() > 1) {
        parts.family = words.first();
        parts.middle = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
    }
    return parts;
}

} // namespace

VietnameseNameOrder::VietnameseNameOrder()
    : m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

int VietnameseNameOrder::compare(const QString &a, const QString &b) const
{
    const NameParts left = split(a);
    const NameParts right = split(b);
    if (const int order = m_collator.compare(left.given, right.given))
        return order;
    if (const int order = m_collator.compare(left.middle, right.middle))
        return order;
    return m_collator.compare(left.family, right.family);
}

} // namespace daihoi
