#pragma once

// What a clerk's keyboard and mouse do to the main window, shared by the GUI tests.

#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QSize>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>

namespace daihoi::test {

// Lets queued saves and repaints run, as the clerk's pause between two keys does.
inline void settle()
{
    QTest::qWait(30);
    QApplication::processEvents();
}

// Types as a keyboard does, Vietnamese letters included (QTest::keyClicks knows only Latin-1).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// The clerk goes into the field, replaces what it holds (Ctrl+A) and leaves it with Tab.
inline void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    typeText(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
    settle();
}

// Ctrl+A, the number and Tab in a count field; leaving the field saves it.
inline void typeNumber(QWidget *box, int value)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
    QApplication::processEvents();
}

// Clicks a cell of a table or tree, as the clerk points at it (it becomes current, not edited).
inline void clickCell(QAbstractItemView *view, const QModelIndex &index)
{
    view->setFocus();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// Walks to a cell with the keyboard: Ctrl+Home, then Down and Right.
inline void keyToCell(QAbstractItemView *view, int row, int column)
{
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    for (int i = 0; i < column; ++i)
        QTest::keyClick(view, Qt::Key_Right);
}

// Clicks the tab of the window's tab widget that shows page; false when no tab shows it.
inline bool clickTab(QWidget *window, QWidget *page)
{
    QTabWidget *tabs = nullptr;
    for (QTabWidget *candidate : window->findChildren<QTabWidget *>()) {
        if (candidate->indexOf(page) >= 0)
            tabs = candidate;
    }
    if (!tabs)
        return false;
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(page)).center());
    return true;
}

// A new window on the test's database, closed first so that the window's workspace owns the file.
inline bool openWindow(TestDatabase &test, QObject *owner, Workspace *&workspace, MainWindow *&window)
{
    test.db().close();
    workspace = new Workspace(owner);
    window = new MainWindow(workspace);
    return window->openDatabase(test.path());
}

// The demo database (a district committee and its units) in a new window.
inline bool openDemoWindow(TestDatabase &test, QObject *owner, Workspace *&workspace, MainWindow *&window)
{
    return test.openDemo() && openWindow(test, owner, workspace, window);
}

// Shows the window (at size, when one is given) and waits until it is on screen.
inline bool showWindow(QWidget *window, const QSize &size = QSize())
{
    if (size.isValid())
        window->resize(size);
    window->show();
    return QTest::qWaitForWindowExposed(window);
}

} // namespace daihoi::test
