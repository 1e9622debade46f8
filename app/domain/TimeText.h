#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

namespace daihoi {

// A time of day as a clerk types it: "7:30", "07:30", "7.30", "730", "0730", "14h", "14h30", "14 giờ 30"
// or "7" (a whole hour). Minutes are what minutes say in the minutes; seconds are never recorded.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::TimeText)
public:
    // True with an invalid *time for blank text (the field is emptied); false with *error saying why
    // when the text is no time, e.g. "there is no hour 25".
    static bool parse(const QString &text, QTime *time, QString *error);
    // "07:30", the form the program shows and exports; empty for an invalid time.
    static QString format(const QTime &time);
};

} // namespace daihoi
