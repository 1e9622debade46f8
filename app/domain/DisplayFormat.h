#pragma once

#include <QDate>
#include <QString>

namespace daihoi {

// How numbers and dates are written for the user, in the language the program runs in.
class DisplayFormat
{
public:
    static QChar decimalSeparator(); // ',' in Vietnamese
    static QString percent(qint64 part, qint64 whole); // "93,33"
    static QString date(const QDate &date);      // "20/08/2022" in forms and tables
    static QString shortDate(const QDate &date); // "20/8/2022" in running text
};

} // namespace daihoi
