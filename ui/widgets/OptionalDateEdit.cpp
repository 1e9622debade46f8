#include "OptionalDateEdit.h"

#include <QKeyEvent>

namespace daihoi {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true);
    setMinimumDate(emptyDate());
    setSpecialValueText(QStringLiteral(" "));
    setToolTip(tr("Ctrl+Delete clears the date."));
    setDate(emptyDate());
}

QDate OptionalDateEdit::emptyDate()
{
    return QDate(1900, 1, 1);
}

QDate OptionalDateEdit::value() const
{
    return date() == emptyDate() ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() ? date : emptyDate());
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && event->modifiers() == Qt::ControlModifier) {
        setValue(QDate());
        emit editingFinished();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace daihoi
