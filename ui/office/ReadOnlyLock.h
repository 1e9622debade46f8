#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QLabel;
class QWidget;

namespace daihoi {

class Workspace;

// A database written by a newer daihoi is shown, never changed: a banner says so, the edit actions are disabled
// and the pages' fields become read-only (still selectable, scrollable and printable). Workspace::run refuses
// any edit that would get through all the same.
class ReadOnlyLock : public QObject
{
    Q_OBJECT
public:
    ReadOnlyLock(Workspace *workspace, QWidget *bannerParent);

    QLabel *banner() const { return m_banner; }
    // The pages whose fields edit, and the actions that change data.
    void guard(const QList<QWidget *> &pages, const QList<QAction *> &actions);
    // Follows the open database; call after the window has set its actions' state.
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lockPages();
    void unlockPages();

    Workspace *m_workspace;
    QLabel *m_banner;
    QList<QPointer<QWidget>> m_pages;
    QList<QPointer<QAction>> m_actions;
    QList<QPointer<QWidget>> m_madeReadOnly;
    QList<QPointer<QWidget>> m_disabled;
    bool m_locked = false;
};

} // namespace daihoi
