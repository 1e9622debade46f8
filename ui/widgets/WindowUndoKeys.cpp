#include "WindowUndoKeys.h"

#include <QKeyEvent>

namespace daihoi {

bool WindowUndoKeys::matches(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)
           || (event->key() == Qt::Key_Y && modifiers == Qt::ControlModifier);
}

bool WindowUndoKeys::passOn(QEvent *event)
{
    if ((event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        || !matches(static_cast<QKeyEvent *>(event)))
        return false;
    event->ignore();
    return true;
}

} // namespace daihoi
