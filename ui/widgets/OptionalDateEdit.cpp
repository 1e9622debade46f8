#include "OptionalDateEdit.h"

#include "DatePopup.h"
#include "WindowUndoKeys.h"
#include "domain/DateText.h"
#include "domain/DisplayFormat.h"

#include <QAction>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpressionValidator>

namespace daihoi {

namespace {

// A small calendar sheet for the button at the field's right; no icon theme is needed.
QIcon calendarIcon(const QPalette &palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor ink = palette.color(QPalette::Text);
    painter.setPen(ink);
    painter.drawRect(1, 2, 13, 12);
    painter.fillRect(1, 2, 14, 4, ink);
    for (int row = 0; row < 2; ++row)
        for (int column = 0; column < 3; ++column)
            painter.fillRect(3 + column * 4, 8 + row * 3, 2, 2, ink);
    return QIcon(pixmap);
}

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_popup(new DatePopup(this))
{
    // Digits and the separators a date is written with; anything else is not taken at all.
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9/.\\-\\s]{0,12}")), this));
    setPlaceholderText(tr("dd/mm/yyyy"));
    setToolTip(tr("Type the date as day/month/year, e.g. 06/07/2017 or 06072017. "
                  "Alt+Down opens the calendar; Ctrl+Delete empties the field."));
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 40);
    QAction *calendar = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    calendar->setObjectName(QStringLiteral("openCalendarAction"));
    calendar->setToolTip(tr("Choose the date on a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &OptionalDateEdit::showCalendar);
    // Connected first, so the panels listening to editingFinished find the text already read.
    connect(this, &QLineEdit::editingFinished, this, &OptionalDateEdit::readText);
    connect(m_popup, &DatePopup::picked, this, &OptionalDateEdit::pick);
}

void OptionalDateEdit::setValue(const QDate &date)
{
    m_date = date;
    m_problem.clear();
    setText(DisplayFormat::date(date));
}

void OptionalDateEdit::readText()
{
    QDate date;
    QString why;
    if (!DateText::parse(text(), &date, &why)) {
        m_problem = why;
        return;
    }
    m_problem.clear();
    m_date = date;
    const QString shown = DisplayFormat::date(date);
    if (text() != shown)
        setText(shown);
}

void OptionalDateEdit::showCalendar()
{
    QDate typed;
    QString why;
    const QDate start = DateText::parse(text(), &typed, &why) && typed.isValid() ? typed
                        : m_date.isValid()                                   ? m_date
                        : m_reference.isValid()                              ? m_reference
                                                                             : QDate::currentDate();
    m_popup->open(start);
}

void OptionalDateEdit::pick(const QDate &date)
{
    setValue(date);
    setFocus(Qt::PopupFocusReason);
    emit editingFinished();
}

bool OptionalDateEdit::event(QEvent *event)
{
    // The line edit's own undo would show a date the database does not hold; the window's
    // Undo/Redo undo the last saved change instead.
    return WindowUndoKeys::passOn(event) || QLineEdit::event(event);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier)
        || (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier)) {
        showCalendar();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && event->modifiers() == Qt::ControlModifier) {
        setValue(QDate());
        emit editingFinished();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace daihoi
