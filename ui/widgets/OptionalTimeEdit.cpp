#include "OptionalTimeEdit.h"

#include "WindowUndoKeys.h"
#include "domain/TimeText.h"

namespace daihoi {

OptionalTimeEdit::OptionalTimeEdit(QWidget *parent) : QLineEdit(parent)
{
    setMaxLength(16);
    setPlaceholderText(tr("hh:mm"));
    setToolTip(tr("Type the time as hours:minutes, e.g. 7:30, 0730 or 14h; empty it when not known."));
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:000")) + 24);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00 giờ 00 phút")) + 24);
    // Connected first, so the panels listening to editingFinished find the text already read.
    connect(this, &QLineEdit::editingFinished, this, &OptionalTimeEdit::readText);
}

void OptionalTimeEdit::setValue(const QTime &time)
{
    m_time = time;
    m_problem.clear();
    setText(TimeText::format(time));
}

void OptionalTimeEdit::readText()
{
    QTime time;
    QString why;
    if (!TimeText::parse(text(), &time, &why)) {
        m_problem = why;
        return;
    }
    m_problem.clear();
    m_time = time;
    const QString shown = TimeText::format(time);
    if (text() != shown)
        setText(shown);
}

bool OptionalTimeEdit::event(QEvent *event)
{
    // The line edit's own undo would show a time the database does not hold; the window's Undo/Redo
    // undo the last saved change instead.
    return WindowUndoKeys::passOn(event) || QLineEdit::event(event);
}

} // namespace daihoi
