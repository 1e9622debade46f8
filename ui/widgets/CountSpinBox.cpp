#include "CountSpinBox.h"

#include "WindowUndoKeys.h"

#include <QKeyEvent>

namespace daihoi {

CountSpinBox::CountSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
}

bool CountSpinBox::event(QEvent *event)
{
    // Not claiming the shortcut lets the window's Undo/Redo action have it.
    if (event->type() == QEvent::ShortcutOverride && WindowUndoKeys::matches(static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return true;
    }
    return QSpinBox::event(event);
}

void CountSpinBox::keyPressEvent(QKeyEvent *event)
{
    // Reached only when the window has nothing to undo: then nothing happens here either.
    if (WindowUndoKeys::matches(event)) {
        event->ignore();
        return;
    }
    QSpinBox::keyPressEvent(event);
}

} // namespace daihoi
