#pragma once

#include <QDate>
#include <QLineEdit>

namespace daihoi {

class DatePopup;

// A date field that may be left empty. The clerk types the date as written on paper
// ("6/7/2017", "06/07/2017", "06072017"; see DateText) or picks it from a calendar (Alt+Down or
// F4, or the button at its right). The text is read when editing finishes (Enter, Tab, leaving):
// a date is shown again as 06/07/2017; text that is no date stays as typed, and problem() says why,
// for the form to refuse it. Emptying the text (or Ctrl+Delete) empties the date.
class OptionalDateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate value() const { return m_date; } // the last date read; invalid when empty
    void setValue(const QDate &date);
    // Where the calendar opens while the field is empty, e.g. the congress's planned date;
    // today when invalid.
    void setReferenceDate(const QDate &date) { m_reference = date; }
    // False while the text typed is no date.
    bool isAcceptable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    void showCalendar();
    DatePopup *popup() const { return m_popup; }

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void readText();
    void pick(const QDate &date);

    QDate m_date;
    QDate m_reference;
    QString m_problem;
    DatePopup *m_popup;
};

} // namespace daihoi
