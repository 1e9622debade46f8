#pragma once

#include <QDateEdit>

namespace daihoi {

// A date field that may be left empty: its lowest date stands for "no date" and shows as blank.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate value() const; // invalid when empty
    void setValue(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    static QDate emptyDate();
};

} // namespace daihoi
