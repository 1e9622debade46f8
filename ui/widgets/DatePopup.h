#pragma once

#include <QFrame>

class QCalendarWidget;

namespace daihoi {

// The calendar that drops down below a date field: a click or Enter picks a day, Escape closes.
class DatePopup : public QFrame
{
    Q_OBJECT
public:
    explicit DatePopup(QWidget *field);

    // Shows the month of date with date selected, below the field (above it near the screen's foot).
    void open(const QDate &date);
    QCalendarWidget *calendar() const { return m_calendar; }

signals:
    void picked(const QDate &date);

private:
    QWidget *m_field;
    QCalendarWidget *m_calendar;
};

} // namespace daihoi
