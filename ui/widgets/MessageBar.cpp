#include "MessageBar.h"

#include <QEvent>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace daihoi {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    const char *style = nullptr;
    switch (kind) {
    case Kind::Error:
        style = "QFrame#messageBar { background: #fdecea; border: 1px solid #e0a09a; border-radius: 4px; }"
                "QLabel { color: #7a1d12; }";
        break;
    case Kind::Warning:
        style = "QFrame#messageBar { background: #fff6e0; border: 1px solid #e6c36a; border-radius: 4px; }"
                "QLabel { color: #6b4e00; }";
        break;
    case Kind::Information:
        style = "QFrame#messageBar { background: #e8f1fb; border: 1px solid #9bbde3; border-radius: 4px; }"
                "QLabel { color: #12395e; }";
        break;
    }
    setStyleSheet(QString::fromLatin1(style));
    m_label->setText(text);
    show();
    placeOverArea();
}

void MessageBar::floatOver(QWidget *area)
{
    m_area = area;
    setParent(area);
    // Slimmer, so a one-line message covers the title row and not the tabs below it.
    layout()->setContentsMargins(10, 2, 4, 2);
    area->installEventFilter(this);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(12);
    shadow->setOffset(0, 2);
    shadow->setColor(QColor(0, 0, 0, 70));
    setGraphicsEffect(shadow);
    hide();
}

bool MessageBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area && event->type() == QEvent::Resize)
        placeOverArea();
    return QFrame::eventFilter(watched, event);
}

void MessageBar::placeOverArea()
{
    if (!m_area)
        return;
    const int margin = 4;
    const int width = qMax(0, m_area->width() - 2 * margin);
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(margin, margin, width, height);
    raise();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace daihoi
