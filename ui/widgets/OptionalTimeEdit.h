#pragma once

#include <QLineEdit>
#include <QTime>

namespace daihoi {

// A time of day that may be left empty, typed as the minutes write it: "7:30", "07:30", "730", "14h"
// (see TimeText). The text is read when editing finishes (Enter, Tab, leaving): a time is shown again as
// 07:30; text that is no time stays as typed, and problem() says why, for the form to refuse it.
class OptionalTimeEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit OptionalTimeEdit(QWidget *parent = nullptr);

    QTime value() const { return m_time; } // the last time read; invalid when empty
    void setValue(const QTime &time);
    // False while the text typed is no time.
    bool isAcceptable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

protected:
    bool event(QEvent *event) override;

private:
    void readText();

    QTime m_time;
    QString m_problem;
};

} // namespace daihoi
