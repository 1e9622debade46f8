#include "CountSpinBox.h"

#include "WindowUndoKeys.h"

namespace daihoi {

CountSpinBox::CountSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
}

bool CountSpinBox::event(QEvent *event)
{
    return WindowUndoKeys::passOn(event) || QSpinBox::event(event);
}

} // namespace daihoi
