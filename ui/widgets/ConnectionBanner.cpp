#include "ConnectionBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace daihoi {

ConnectionBanner::ConnectionBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    hide();
}

void ConnectionBanner::showLost(const QString &reason)
{
    setStyleSheet(QStringLiteral("QFrame#connectionBanner { background: #b02a1a; }"
                                 "QLabel { color: white; }"));
    m_label->setText(
        tr("<b>Lost the connection to the server</b> — trying to reconnect… What you type stays on "
           "screen; it cannot be saved until the connection is back."));
    // The server's words help the administrator; the clerk reads the sentence above.
    m_label->setToolTip(reason.trimmed());
    show();
}

void ConnectionBanner::showRestored()
{
    if (isHidden())
        return;
    setStyleSheet(QStringLiteral("QFrame#connectionBanner { background: #1d6b2a; }"
                                 "QLabel { color: white; }"));
    m_label->setText(tr("Connected to the server again."));
    m_label->setToolTip({});
    QTimer::singleShot(3000, this, [this] {
        if (m_label->text() == tr("Connected to the server again."))
            hide();
    });
}

QString ConnectionBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace daihoi
