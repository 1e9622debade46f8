#include "ClerkInput.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "commands/RenameUnitEdit.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// What the clerk sees around the work: the title names the file, the toolbar keeps Print in view,
// the tabs fit, a message never moves the page, and labels show no stray "&".
class TestWindowDetails : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(showWindow(m_window, QSize(1280, 760)));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH")));
    }
    void cleanupTestCase() { delete m_window; }

    void titleNamesTheFile()
    {
        QCOMPARE(m_window->windowTitle(), QFileInfo(m_test.path()).fileName() + QStringLiteral(" — daihoi"));
    }

    void undoButtonsStayShortAndPrintStaysVisible()
    {
        const Unit unit = m_window->currentUnit();
        QVERIFY(m_workspace->run(new RenameUnitEdit(
            m_workspace, unit.id, unit.name,
            QStringLiteral("Đảng bộ phường Việt Hưng, quận Long Biên, thành phố Hà Nội"))));
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(undo));
        QCOMPARE(button->text(), QStringLiteral("Undo"));
        QVERIFY2(button->toolTip().contains(QStringLiteral("thành phố Hà Nội")),
                 qPrintable(button->toolTip()));
        QAction *print = nullptr;
        for (QAction *action : toolBar->actions()) {
            if (action->text() == QStringLiteral("&Print documents…"))
                print = action;
        }
        QVERIFY(print);
        QVERIFY2(toolBar->widgetForAction(print)->isVisible(), "Print is not pushed into the overflow menu");
        m_workspace->undoStack()->undo();
    }

    void tabsFitBesideTheTree()
    {
        auto *tabs = m_window->findChild<QTabWidget *>();
        QVERIFY(tabs->isTabVisible(0)); // a committee: all six pages
        QVERIFY2(
            tabs->tabBar()->sizeHint().width() <= tabs->width(),
            qPrintable(QStringLiteral("%1 > %2").arg(tabs->tabBar()->sizeHint().width()).arg(tabs->width())));
    }

    void messageDoesNotMoveThePage()
    {
        auto *tabs = m_window->findChild<QTabWidget *>();
        const QRect before = tabs->geometry();
        emit m_workspace->failed(QStringLiteral("Present (60) is more than summoned (51)."));
        QApplication::processEvents();
        auto *bar = m_window->findChild<MessageBar *>();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("Present (60) is more than summoned (51)."));
        QCOMPARE(tabs->geometry(), before);
        bar->hide();
    }

    void settingsLabelsTakeTheirMnemonic()
    {
        SettingsDialog dialog(m_window);
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text() + QStringLiteral(" would show its \"&\"")));
        }
    }
};

QTEST_MAIN(TestWindowDetails)
#include "tst_window_details.moc"
