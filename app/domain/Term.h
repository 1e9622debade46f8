#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

namespace daihoi {

// A term (nhiệm kỳ) is data: a span of years such as 2022–2025.
struct Term
{
    qint64 id = 0;
    int startYear = 0;
    int endYear = 0;

    bool isValid() const { return id > 0; }
    // "2022–2025" with an en dash, as printed documents write it.
    QString label() const;
    // "2022-2025", the form typed on a command line.
    QString key() const;
    bool contains(const QDate &date) const;
    // Accepts "2022-2025", "2022–2025" or "2022/2025".
    static bool parseKey(const QString &text, int *startYear, int *endYear);
    // The same form, whatever the years: a clerk's "2030-2025" is then refused by the term rule, which names it.
    static bool parseYears(const QString &text, int *startYear, int *endYear);
};

} // namespace daihoi

Q_DECLARE_METATYPE(daihoi::Term)
