#include "RecordChangedBar.h"

#include <QEvent>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace daihoi {

RecordChangedBar::RecordChangedBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("recordChangedBar"));
    setStyleSheet(QStringLiteral("QFrame#recordChangedBar { background: #fff6e0; border: 1px solid #e6c36a;"
                                 " border-radius: 4px; } QLabel { color: #6b4e00; }"));
    m_label->setWordWrap(true);
    m_label->setText(
        tr("This record was just changed on another computer. What you typed is kept; Reload shows "
           "the other change."));
    auto *reload = new QPushButton(tr("&Reload"), this);
    reload->setObjectName(QStringLiteral("reloadRecordButton"));
    // Taking the focus would end the edit in progress and save it over the other clerk's change first.
    reload->setFocusPolicy(Qt::NoFocus);
    connect(reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setFocusPolicy(Qt::NoFocus);
    close->setToolTip(tr("Close this message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(reload);
    layout->addWidget(close);
    hide();
}

void RecordChangedBar::floatOver(QWidget *area)
{
    m_area = area;
    setParent(area);
    area->installEventFilter(this);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(12);
    shadow->setOffset(0, -2);
    shadow->setColor(QColor(0, 0, 0, 70));
    setGraphicsEffect(shadow);
    hide();
}

void RecordChangedBar::showChanged()
{
    show();
    place();
}

QString RecordChangedBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

bool RecordChangedBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void RecordChangedBar::place()
{
    if (!m_area)
        return;
    const int margin = 6;
    const int width = qMax(0, m_area->width() - 2 * margin);
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(margin, m_area->height() - height - margin, width, height);
    raise();
}

} // namespace daihoi
