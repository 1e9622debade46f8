#include "MessageBar.h"

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
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace daihoi
