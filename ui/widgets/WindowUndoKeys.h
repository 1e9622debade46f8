#pragma once

class QEvent;
class QKeyEvent;

namespace daihoi {

// The keys of the window's Undo and Redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y). Fields that save as they
// are left hand these keys on, so an undo always means "undo the last saved change".
class WindowUndoKeys
{
public:
    static bool matches(const QKeyEvent *event);
    // For a field's event(): true when the event is one of these keys, left unaccepted so the window's
    // action takes the shortcut (or, with nothing to undo, the key goes nowhere).
    static bool passOn(QEvent *event);
};

} // namespace daihoi
