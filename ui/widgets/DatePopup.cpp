#include "DatePopup.h"

#include <QCalendarWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace daihoi {

DatePopup::DatePopup(QWidget *field)
    : QFrame(field, Qt::Popup)
    , m_field(field)
    , m_calendar(new QCalendarWidget(this))
{
    setObjectName(QStringLiteral("datePopup"));
    setFrameShape(QFrame::StyledPanel);
    // A click on the field's calendar button closes the popup; replaying it would open it again.
    setAttribute(Qt::WA_NoMouseReplay);
    m_calendar->setObjectName(QStringLiteral("datePopupCalendar"));
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setGridVisible(true);
    m_calendar->setDateRange(QDate(1900, 1, 1), QDate(2199, 12, 31));
    // The month and year header is painted in the highlight colours; a popup may count as an
    // inactive window, whose highlight is a pale grey under white text. Use the active ones always.
    QPalette palette = m_calendar->palette();
    for (QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText})
        palette.setColor(QPalette::Inactive, role, palette.color(QPalette::Active, role));
    m_calendar->setPalette(palette);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(m_calendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DatePopup::picked);
    connect(m_calendar, &QCalendarWidget::activated, this, &DatePopup::picked);
    connect(this, &DatePopup::picked, this, &QWidget::hide);
}

void DatePopup::open(const QDate &date)
{
    m_calendar->setSelectedDate(date);
    m_calendar->setCurrentPage(date.year(), date.month());
    // Sized to the calendar's own hint, so every row of the month shows.
    m_calendar->setMinimumSize(m_calendar->sizeHint());
    adjustSize();
    const QRect available = m_field->screen()->availableGeometry();
    QPoint at = m_field->mapToGlobal(QPoint(0, m_field->height()));
    if (at.y() + height() > available.bottom())
        at.setY(m_field->mapToGlobal(QPoint(0, 0)).y() - height());
    at.setX(qBound(available.left(), at.x(), available.right() - width()));
    move(at);
    show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

} // namespace daihoi
