#pragma once

#include <QSpinBox>

namespace daihoi {

// A number field of a form that saves as it is left. Its own line-edit undo would bring back a
// number nobody typed and the database does not hold, so Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y go to
// the window's Undo and Redo, which undo the last saved change and reload the form.
class CountSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit CountSpinBox(QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
};

} // namespace daihoi
