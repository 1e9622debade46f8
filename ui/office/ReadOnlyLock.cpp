#include "ReadOnlyLock.h"

#include "Workspace.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QTimer>

namespace daihoi {

namespace {

// Widgets on the editing pages that only choose what is shown or copy it out.
bool onlyViews(const QWidget *widget)
{
    static const QSet<QString> names{QStringLiteral("electionCombo"), QStringLiteral("exportMembersButton"),
                                     QStringLiteral("exportTargetsButton")};
    return names.contains(widget->objectName()) || qobject_cast<const QTabBar *>(widget->parentWidget())
           || qobject_cast<const QAbstractItemView *>(widget->parentWidget());
}

bool isReadOnly(const QWidget *widget)
{
    if (auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->isReadOnly();
    if (auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return spin->isReadOnly();
    if (auto *text = qobject_cast<const QTextEdit *>(widget))
        return text->isReadOnly();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return plain->isReadOnly();
    return false;
}

// Locks a field or view, remembering how it was so that unlocking gives back exactly that.
void setReadOnly(QWidget *widget, bool readOnly)
{
    const char *before = "daihoiBeforeReadOnlyLock";
    if (readOnly && !widget->property(before).isValid()) {
        auto *view = qobject_cast<QAbstractItemView *>(widget);
        widget->setProperty(before, view ? int(view->editTriggers()) : int(isReadOnly(widget)));
    }
    const int was = widget->property(before).toInt();
    if (!readOnly)
        widget->setProperty(before, QVariant());
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->setReadOnly(readOnly || was);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        spin->setReadOnly(readOnly || was);
    else if (auto *text = qobject_cast<QTextEdit *>(widget))
        text->setReadOnly(readOnly || was);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        plain->setReadOnly(readOnly || was);
    else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::EditTriggers(was));
}

} // namespace

ReadOnlyLock::ReadOnlyLock(Workspace *workspace, QWidget *bannerParent)
    : QObject(bannerParent)
    , m_workspace(workspace)
    , m_banner(new QLabel(bannerParent))
{
    // A plain label, not a MessageBar: it stays for as long as the database is open, and cannot be closed.
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel#readOnlyBanner { background: #fff6e0; border: 1px solid #e6c36a;"
                                           " border-radius: 4px; color: #6b4e00; padding: 6px 10px; }"));
    m_banner->hide();
}

void ReadOnlyLock::guard(const QList<QWidget *> &pages, const QList<QAction *> &actions)
{
    for (QWidget *page : pages)
        m_pages.append(page);
    for (QAction *action : actions)
        m_actions.append(action);
}

void ReadOnlyLock::apply()
{
    const Database &database = m_workspace->database();
    const bool readOnly = m_workspace->isOpen() && database.isReadOnly();
    if (!readOnly) {
        if (m_locked)
            unlockPages();
        m_banner->hide();
        return;
    }
    m_banner->setText(database.readOnlyReason());
    m_banner->show();
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (action)
            action->setEnabled(false);
    }
    lockPages();
    // The pages fill (and may add fields) after the window's actions are set: once more when they are done.
    QTimer::singleShot(0, this, [this] {
        if (m_locked)
            lockPages();
    });
}

void ReadOnlyLock::lockPages()
{
    m_locked = true;
    for (const QPointer<QWidget> &page : std::as_const(m_pages)) {
        if (!page)
            continue;
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (onlyViews(widget))
                continue;
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
                || qobject_cast<QAbstractItemView *>(widget)) {
                setReadOnly(widget, true);
                if (!m_madeReadOnly.contains(widget))
                    m_madeReadOnly.append(widget);
            } else if ((qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget))
                       && !m_disabled.contains(widget)) {
                widget->setEnabled(false);
                // A page that enables its button again (a row chosen, a form filled) is overruled.
                widget->installEventFilter(this);
                m_disabled.append(widget);
            }
        }
    }
}

void ReadOnlyLock::unlockPages()
{
    m_locked = false;
    for (const QPointer<QWidget> &widget : std::as_const(m_madeReadOnly)) {
        if (widget)
            setReadOnly(widget, false);
    }
    for (const QPointer<QWidget> &widget : std::as_const(m_disabled)) {
        if (!widget)
            continue;
        widget->removeEventFilter(this);
        widget->setEnabled(true);
    }
    m_madeReadOnly.clear();
    m_disabled.clear();
}

bool ReadOnlyLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_locked && event->type() == QEvent::EnabledChange) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->isEnabled())
            widget->setEnabled(false);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace daihoi
