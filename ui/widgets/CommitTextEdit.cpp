#include "CommitTextEdit.h"

namespace daihoi {

CommitTextEdit::CommitTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void CommitTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (document()->isModified()) {
        document()->setModified(false);
        emit editingFinished();
    }
}

} // namespace daihoi
