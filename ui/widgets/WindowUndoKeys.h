#pragma once

class QKeyEvent;

namespace daihoi {

// The keys of the window's Undo and Redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y). Fields that save as they
// are left hand these keys on, so an undo always means "undo the last saved change".
class WindowUndoKeys
{
public:
    static bool matches(const QKeyEvent *event);
};

} // namespace daihoi
