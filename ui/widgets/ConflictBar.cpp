#include "ConflictBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace daihoi {

ConflictBar::ConflictBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
{
    setObjectName(QStringLiteral("conflictBar"));
    setStyleSheet(QStringLiteral("QFrame#conflictBar { background: #fff6e0; border: 1px solid #e6c36a; "
                                 "border-radius: 4px; } QLabel { color: #6b4e00; }"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Take the values saved by the other clerk; what you typed here is dropped."));
    connect(m_reload, &QPushButton::clicked, this, &ConflictBar::reloadRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload, 0, Qt::AlignTop);
    hide();
}

void ConflictBar::showConflict(const QString &refusal, const QStringList &differences)
{
    QStringList lines{refusal};
    if (!differences.isEmpty())
        lines.append(tr("Your entries and the saved record differ in:"));
    for (const QString &difference : differences)
        lines.append(QStringLiteral("• ") + difference);
    m_label->setText(lines.join(QLatin1Char('\n')));
    show();
}

QString ConflictBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace daihoi
