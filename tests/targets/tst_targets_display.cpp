#include "MainWindow.h"
#include "TargetsTestSupport.h"
#include "Workspace.h"
#include "targets/RatingTableModel.h"
#include "targets/TargetTableModel.h"
#include "targets/TargetsPanel.h"

#include <QHeaderView>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace daihoi;

// The targets of a chi bộ as a clerk reads them in Vietnamese: a share computed from the yearly ratings
// shows two decimals at most (97,3, never 97,2972), and the target's name keeps the room of the table.
class TestTargetsDisplay : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    TargetsPanel *m_panel = nullptr;

    QTableView *targetsView() { return m_panel->findChild<QTableView *>(QStringLiteral("targetsView")); }
    QString cell(int row, int column) { return targetsView()->model()->index(row, column).data().toString(); }
    void clickTab(QTabWidget *tabs, QWidget *page)
    {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(tabs->indexOf(page)).center());
        QApplication::processEvents();
    }
    QTabWidget *sections() { return m_panel->findChild<QTabWidget *>(); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QVERIFY(openTargetsDemo(m_test));
        m_test.db().close();
        m_workspace = new Workspace(this);
        m_window = new MainWindow(m_workspace);
        QVERIFY(m_window->openDatabase(m_test.path()));
        QVERIFY(m_window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-01")));
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_panel = m_window->findChild<TargetsPanel *>();
        QVERIFY(m_panel);
        clickTab(m_window->findChild<QTabWidget *>(), m_panel);
        QVERIFY(targetsView() && targetsView()->isVisible());
    }
    void cleanupTestCase()
    {
        delete m_window;
        QLocale::setDefault(QLocale::c());
    }

    void computedShareShowsTwoDecimalsAtMost()
    {
        // 2023: 36 of 37 members "hoàn thành tốt nhiệm vụ" or above, the worst year: 97.297… %.
        QCOMPARE(cell(0, TargetTableModel::ReachedColumn), QStringLiteral("97,3"));
        const QString tip = targetsView()
                                ->model()
                                ->index(0, TargetTableModel::ReachedColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QStringLiteral("36/37 (97,30 %)")), qPrintable(tip));
        // Entered values keep the decimals they were typed with.
        QCOMPARE(cell(3, TargetTableModel::ValueColumn), QStringLiteral("95"));
    }

    void typedRatingsGiveATwoDecimalShare()
    {
        // 2024 gets a second member who only "hoàn thành nhiệm vụ": 36 of 38 are good or above.
        QTabWidget *tabs = sections();
        QVERIFY(tabs);
        auto *ratings = m_panel->findChild<QTableView *>(QStringLiteral("ratingsView"));
        clickTab(tabs, ratings->parentWidget());
        QVERIFY(ratings->isVisible());
        ratings->setFocus();
        QTest::keyClick(ratings, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(ratings, Qt::Key_Down);
        QTest::keyClick(ratings, Qt::Key_Down);
        for (int i = 0; i < RatingTableModel::CompletedColumn; ++i)
            QTest::keyClick(ratings, Qt::Key_Right);
        QCOMPARE(ratings->currentIndex().row(), 2);
        QCOMPARE(ratings->currentIndex().column(), int(RatingTableModel::CompletedColumn));
        QTest::keyClicks(ratings, QStringLiteral("2"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(ratings->model()->index(2, RatingTableModel::TotalColumn).data().toInt(), 38);

        clickTab(tabs, targetsView()->parentWidget());
        QCOMPARE(cell(0, TargetTableModel::ReachedColumn), QStringLiteral("94,74"));
        QCOMPARE(cell(0, TargetTableModel::ResultColumn), QStringLiteral("not achieved"));
    }

    void targetNameTakesTheRoom()
    {
        QHeaderView *header = targetsView()->horizontalHeader();
        const int name = header->sectionSize(TargetTableModel::NameColumn);
        for (int column = 0; column < TargetTableModel::ColumnCount; ++column) {
            if (column != TargetTableModel::NameColumn)
                QVERIFY2(header->sectionSize(column) < name,
                         qPrintable(QStringLiteral("column %1: %2 px, the name: %3 px")
                                        .arg(column)
                                        .arg(header->sectionSize(column))
                                        .arg(name)));
        }
        // Figures are never cut: the value and the value reached fit their column.
        for (int column : {int(TargetTableModel::ValueColumn), int(TargetTableModel::ReachedColumn),
                           int(TargetTableModel::ResultColumn)})
            QVERIFY(header->sectionSize(column) >=
                    static_cast<QAbstractItemView *>(targetsView())->sizeHintForColumn(column));
        QVERIFY(name >= header->length() / 4);
    }
};

QTEST_MAIN(TestTargetsDisplay)
#include "tst_targets_display.moc"
