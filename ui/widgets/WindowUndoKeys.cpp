#include "WindowUndoKeys.h"

#include <QKeyEvent>

namespace daihoi {

bool WindowUndoKeys::matches(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)
           || (event->key() == Qt::Key_Y && modifiers == Qt::ControlModifier);
}

} // namespace daihoi
