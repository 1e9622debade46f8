#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace daihoi {

// A date as a clerk types it: "6/7/2017", "06/07/2017", "06-07-2017", "6.7.2017" or "06072017"
// (day first, as Vietnamese documents write it), or "2017-07-06" pasted from elsewhere.
// A two-digit year is read as 20yy: congresses recorded here are of this century, and a wrong
// century would still be caught by the term's years.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::DateText)
public:
    // True with an invalid *date for blank text (the field is emptied); false with *error saying
    // why when the text is no date, e.g. "month 2 of 2022 has only 28 days".
    static bool parse(const QString &text, QDate *date, QString *error);
};

} // namespace daihoi
