#include "ClerkInput.h"
#include "MainWindow.h"
#include "ProgressPanel.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "domain/plans/WorkItemTally.h"
#include "models/UnitTreeModel.h"
#include "plans/PlanEvents.h"
#include "plans/PlanPanel.h"
#include "plans/PlanScheduleModel.h"
#include "plans/WorkItemTableModel.h"
#include "storage/PlanRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "widgets/MessageBar.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// Where a committee's units stand against its plan on a day: the Progress page's five counts and lists, the
// tree's overdue marks, the work items' tally and the agenda of the next 14 days, on the demo's plans.
class TestPlanProgress : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    template <typename T> T *child(const char *name)
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    QString count(const QString &key) { return child<QLabel>(qPrintable(QStringLiteral("planCount-") + key))->text(); }
    qint64 unitId(const QString &code)
    {
        Unit unit;
        QString error;
        UnitRepository(m_workspace->database().connection()).byCode(code, &unit, &error);
        return unit.id;
    }
    void show(const QString &code, const QString &term, QWidget *page)
    {
        QVERIFY(m_window->selectTerm(term));
        QVERIFY(m_window->selectUnit(code));
        QVERIFY(clickTab(m_window, page));
        settle();
    }
    void today(const QDate &day)
    {
        PlanEvents::of(m_workspace)->setToday(day);
        settle();
    }
    QModelIndex treeIndex(const QString &code)
    {
        auto *tree = child<QTreeView>("unitTree");
        auto *model = static_cast<UnitTreeModel *>(tree->model());
        return model->indexOfUnit(unitId(code));
    }
    void clickUndo()
    {
        auto *undoAction = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        QWidget *undo = nullptr;
        for (QToolBar *toolBar : m_window->findChildren<QToolBar *>())
            undo = undo ? undo : toolBar->widgetForAction(undoAction);
        QVERIFY(undo && undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        settle();
    }
    void typeAtFocus(const QString &text)
    {
        for (const QChar ch : text)
            typeText(QApplication::focusWidget(), QString(ch));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(showWindow(m_window, QSize(1366, 768)));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanupTestCase() { delete m_window; }

    void progressPageCountsAgainstThePlan()
    {
        today(QDate(2017, 7, 10));
        auto *progress = m_window->findChild<ProgressPanel *>();
        show(QStringLiteral("UBND"), QStringLiteral("2017-2020"), progress);
        auto *box = child<QWidget>("planProgressBox");
        QVERIFY(box->isVisible());
        QCOMPARE(count(QStringLiteral("held-on-time")), QStringLiteral("13"));
        QCOMPARE(count(QStringLiteral("held-late")), QStringLiteral("1"));
        QCOMPARE(count(QStringLiteral("overdue")), QStringLiteral("1"));
        QCOMPARE(count(QStringLiteral("upcoming")), QStringLiteral("0"));
        QCOMPARE(count(QStringLiteral("not-scheduled")), QStringLiteral("0"));
        auto *overdue = child<QTreeWidget>("planOverdueList");
        QVERIFY(overdue->isVisible());
        QCOMPARE(overdue->topLevelItemCount(), 1);
        QCOMPARE(overdue->topLevelItem(0)->text(0), QStringLiteral("Chi bộ Ban Quản lý dự án đầu tư xây dựng"));
        QCOMPARE(overdue->topLevelItem(0)->text(1), QStringLiteral("06/07/2017"));
        QCOMPARE(overdue->topLevelItem(0)->text(2), QStringLiteral("4"));
        QVERIFY(!child<QTreeWidget>("planUpcomingList")->isVisible());

        // Ten days earlier the same congress is upcoming, with its date, time and place.
        today(QDate(2017, 6, 30));
        QCOMPARE(count(QStringLiteral("overdue")), QStringLiteral("0"));
        QCOMPARE(count(QStringLiteral("upcoming")), QStringLiteral("1"));
        auto *upcoming = child<QTreeWidget>("planUpcomingList");
        QVERIFY(upcoming->isVisible() && !overdue->isVisible());
        QCOMPARE(upcoming->topLevelItem(0)->text(1), QStringLiteral("06/07/2017"));
        QVERIFY(!upcoming->topLevelItem(0)->text(2).isEmpty()); // its time
        QVERIFY(!upcoming->topLevelItem(0)->text(3).isEmpty()); // its place

        // Enter on an overdue unit opens it, as the other lists do.
        today(QDate(2017, 7, 10));
        clickCell(overdue, overdue->model()->index(0, 0));
        QTest::keyClick(overdue, Qt::Key_Return);
        settle();
        QCOMPARE(m_window->currentUnit().code, QStringLiteral("UBND-15"));
    }

    void progressPageHidesThePlanWithoutOne()
    {
        show(QStringLiteral("VH"), QStringLiteral("2025-2030"), m_window->findChild<ProgressPanel *>());
        QCOMPARE(m_window->currentTerm().key(), QStringLiteral("2025-2030"));
        QVERIFY(!child<QWidget>("planProgressBox")->isVisible());
        show(QStringLiteral("VH"), QStringLiteral("2022-2025"), m_window->findChild<ProgressPanel *>());
        QVERIFY(child<QWidget>("planProgressBox")->isVisible());
    }

    void treeMarksTheOverdueUnit()
    {
        today(QDate(2017, 7, 10));
        QVERIFY(m_window->selectTerm(QStringLiteral("2017-2020")));
        QVERIFY(m_window->selectUnit(QStringLiteral("UBND-14")));
        const QModelIndex late = treeIndex(QStringLiteral("UBND-15"));
        const QModelIndex held = treeIndex(QStringLiteral("UBND-14"));
        QVERIFY(late.isValid() && held.isValid());
        QCOMPARE(late.data(UnitTreeModel::OverdueRole).toDate(), QDate(2017, 7, 6));
        QVERIFY(!held.data(UnitTreeModel::OverdueRole).isValid());
        const QString tip = late.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Congress overdue against the plan (due 06/07/2017)")), qPrintable(tip));
        QVERIFY(late.data(Qt::ForegroundRole).isValid());
        const QImage lateIcon = late.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
        const QImage heldIcon = held.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
        QVERIFY(!lateIcon.isNull() && lateIcon != heldIcon);

        // Before its due day it is not marked.
        today(QDate(2017, 7, 6));
        QVERIFY(!treeIndex(QStringLiteral("UBND-15")).data(UnitTreeModel::OverdueRole).isValid());
        today(QDate(2017, 7, 10));
        QVERIFY(treeIndex(QStringLiteral("UBND-15")).data(UnitTreeModel::OverdueRole).isValid());
    }

    void markFollowsThePlanSavedOnThePlanTab()
    {
        today(QDate(2017, 7, 10));
        auto *plan = m_window->findChild<PlanPanel *>();
        show(QStringLiteral("UBND"), QStringLiteral("2017-2020"), plan);
        auto *timetable = child<QTableView>("planScheduleView");
        int row = -1;
        for (int r = 0; r < timetable->model()->rowCount(); ++r) {
            if (timetable->model()->index(r, 0).data(PlanScheduleModel::UnitIdRole).toLongLong()
                == unitId(QStringLiteral("UBND-15")))
                row = r;
        }
        QVERIFY(row >= 0);
        // Rescheduled to the 20th: no longer overdue, in the tree and on the Progress page.
        keyToCell(timetable, row, PlanScheduleModel::DateColumn);
        typeAtFocus(QStringLiteral("20/7/2017"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::mouseClick(child<QPushButton>("savePlanButton"), Qt::LeftButton);
        settle();
        QVERIFY(!treeIndex(QStringLiteral("UBND-15")).data(UnitTreeModel::OverdueRole).isValid());
        QCOMPARE(count(QStringLiteral("overdue")), QStringLiteral("0"));
        QCOMPARE(count(QStringLiteral("upcoming")), QStringLiteral("1"));
        // Undo puts the day back, and the mark with it.
        clickUndo();
        QCOMPARE(treeIndex(QStringLiteral("UBND-15")).data(UnitTreeModel::OverdueRole).toDate(), QDate(2017, 7, 6));
        QCOMPARE(count(QStringLiteral("overdue")), QStringLiteral("1"));
    }

    void workItemsShowTheLateOnesFirst()
    {
        today(QDate(2020, 6, 15));
        auto *plan = m_window->findChild<PlanPanel *>();
        show(QStringLiteral("BT-DDT"), QStringLiteral("2020-2025"), plan);
        auto *sections = child<QTabWidget>("planSections");
        QTest::mouseClick(sections->tabBar(), Qt::LeftButton, {}, sections->tabBar()->tabRect(1).center());
        settle();
        QCOMPARE(child<QLabel>("workItemTally")->text(), QStringLiteral("11/15 work items done, 1 overdue"));
        QCOMPARE(sections->tabText(1), QStringLiteral("Work items (11/15)"));
        auto *items = child<QTableView>("workItemsView");
        QVERIFY(items->isVisible());
        QCOMPARE(items->model()->rowCount(), 15);
        // Item 12 is late: it comes first, marked.
        const QModelIndex first = items->model()->index(0, WorkItemTableModel::NumberColumn);
        QVERIFY(first.data(WorkItemTableModel::OverdueRole).toBool());
        QCOMPARE(first.data(Qt::EditRole).toInt(), 12);
        QVERIFY(first.data(Qt::DisplayRole).toString().contains(QStringLiteral("⚠")));
        QVERIFY(!items->model()->index(1, 0).data(WorkItemTableModel::OverdueRole).toBool());

        // Item 12 marked done by keyboard: the state cell, "d" for done, Enter; the day done is today.
        keyToCell(items, 0, WorkItemTableModel::StateColumn);
        QTest::keyClick(items, Qt::Key_F2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        QCOMPARE(child<QLabel>("workItemTally")->text(), QStringLiteral("12/15 work items done"));
        QCOMPARE(items->model()->index(0, WorkItemTableModel::DoneColumn).data().toString(), QStringLiteral("15/06/2020"));

        // A new item, added with the button and typed in.
        QTest::mouseClick(child<QPushButton>("addWorkItemButton"), Qt::LeftButton);
        settle();
        typeAtFocus(QStringLiteral("Báo cáo tổng kết"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeAtFocus(QStringLiteral("Văn phòng"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeAtFocus(QStringLiteral("30/6/2020"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(child<QLabel>("workItemTally")->text(), QStringLiteral("12/16 work items done"));
        QTest::mouseClick(child<QPushButton>("savePlanButton"), Qt::LeftButton);
        settle();
        Plan stored;
        QString error;
        Term term;
        QVERIFY(TermRepository(m_workspace->database().connection()).byYears(2020, 2025, &term, &error));
        QVERIFY(PlanRepository(m_workspace->database().connection())
                    .plan(unitId(QStringLiteral("BT-DDT")), term.id, &stored, &error));
        QCOMPARE(stored.workItems.size(), 16);
        QCOMPARE(stored.workItems.last().number, 16);
        QCOMPARE(stored.workItems.last().title, QStringLiteral("Báo cáo tổng kết"));
        QCOMPARE(stored.workItems.last().deadline, QDate(2020, 6, 30));
        QCOMPARE(stored.workItems.at(11).state, WorkItem::State::Done);
        QCOMPARE(stored.workItems.at(11).doneOn, QDate(2020, 6, 15));
        clickUndo();
    }

    void agendaListsTheNextFourteenDays()
    {
        today(QDate(2022, 8, 15));
        auto *plan = m_window->findChild<PlanPanel *>();
        show(QStringLiteral("VH"), QStringLiteral("2022-2025"), plan);
        auto *sections = child<QTabWidget>("planSections");
        QTest::mouseClick(sections->tabBar(), Qt::LeftButton, {}, sections->tabBar()->tabRect(2).center());
        settle();
        auto *agenda = child<QTableWidget>("agendaTable");
        QVERIFY(agenda->isVisible());
        QCOMPARE(agenda->rowCount(), 9); // as `daihoi-cli plan --on 2022-08-15` counts them upcoming
        const auto when = [agenda](int row) {
            return QDateTime(QDate::fromString(agenda->item(row, 0)->text(), QStringLiteral("dd/MM/yyyy")),
                             QTime::fromString(agenda->item(row, 1)->text(), QStringLiteral("HH:mm")));
        };
        for (int row = 0; row < agenda->rowCount(); ++row) {
            QVERIFY(when(row).date() >= QDate(2022, 8, 15) && when(row).date() <= QDate(2022, 8, 28));
            QVERIFY(!agenda->item(row, 4)->text().isEmpty()); // the member attending
            if (row > 0)
                QVERIFY(when(row - 1) <= when(row));
        }
        // The pilot congresses meet first.
        QCOMPARE(agenda->item(0, 2)->text(), QStringLiteral("Chi bộ Khu đô thị Việt Hưng 1"));

        // Another day typed: the fortnight from then.
        typeInto(child<QWidget>("agendaDayEdit"), QStringLiteral("1/9/2022"));
        QVERIFY(agenda->rowCount() > 0);
        for (int row = 0; row < agenda->rowCount(); ++row)
            QVERIFY(when(row).date() >= QDate(2022, 9, 1) && when(row).date() <= QDate(2022, 9, 14));
        QVERIFY2(child<QLabel>("agendaTitle")->text().contains(QStringLiteral("from 01/09/2022 to 14/09/2022")),
                 qPrintable(child<QLabel>("agendaTitle")->text()));
    }
};

QTEST_MAIN(TestPlanProgress)
#include "tst_plan_progress.moc"
