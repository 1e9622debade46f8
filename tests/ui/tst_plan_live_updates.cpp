#include "ClerkInput.h"
#include "PgTestServer.h"
#include "TestDatabase.h"
#include "models/UnitTreeModel.h"
#include "plans/PlanEvents.h"
#include "plans/PlanPanel.h"
#include "plans/PlanScheduleModel.h"
#include "storage/UnitRepository.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// Two clerks on one office database, both judging UBND's plan on 10/7/2017: when one reschedules the overdue
// UBND-15, the other's tree drops its overdue mark and the other's Plan tab shows the new date.
class TestPlanLiveUpdates : public QObject
{
    Q_OBJECT
private:
    PgTestServer m_server;
    QString m_url;
    Database m_check;
    MainWindow *m_first = nullptr;
    MainWindow *m_second = nullptr;
    qint64 m_late = 0;

    template <typename T> static T *child(MainWindow *window, const char *name)
    {
        return window->findChild<T *>(QLatin1String(name));
    }
    MainWindow *openClerk()
    {
        auto *workspace = new Workspace(this);
        PlanEvents::of(workspace)->setToday(QDate(2017, 7, 10));
        auto *window = new MainWindow(workspace);
        if (!window->openDatabase(m_url) || !showWindow(window, QSize(1366, 768)))
            return nullptr;
        return window;
    }
    QVariant overdue(MainWindow *window)
    {
        auto *model = qobject_cast<UnitTreeModel *>(child<QTreeView>(window, "unitTree")->model());
        return model->indexOfUnit(m_late).data(UnitTreeModel::OverdueRole);
    }
    int rowOfLate(MainWindow *window)
    {
        QAbstractItemModel *model = child<QTableView>(window, "planScheduleView")->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PlanScheduleModel::UnitIdRole).toLongLong() == m_late)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        QString error;
        m_url = TestDatabase::demoOffice(m_server, &error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        QVERIFY2(m_check.connectServer(m_url, &error), qPrintable(error));
        Unit unit;
        QVERIFY(UnitRepository(m_check.connection()).byCode(QStringLiteral("UBND-15"), &unit, &error));
        m_late = unit.id;
        m_first = openClerk();
        m_second = openClerk();
        QVERIFY(m_first && m_second);
        for (MainWindow *window : {m_first, m_second}) {
            QVERIFY(window->selectTerm(QStringLiteral("2017-2020")));
            QVERIFY(window->selectUnit(QStringLiteral("UBND-15"))); // the tree reads UBND's units
            QVERIFY(window->selectUnit(QStringLiteral("UBND")));
            QVERIFY(window->showPage(QStringLiteral("plan")));
        }
        settle();
    }
    void cleanupTestCase()
    {
        delete m_first;
        delete m_second;
    }

    void rescheduleReachesTheOtherWindow()
    {
        QCOMPARE(overdue(m_second).toDate(), QDate(2017, 7, 6));
        m_first->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_first));
        auto *timetable = child<QTableView>(m_first, "planScheduleView");
        const int row = rowOfLate(m_first);
        QVERIFY(row >= 0);
        keyToCell(timetable, row, PlanScheduleModel::DateColumn);
        for (const QChar ch : QStringLiteral("20/7/2017"))
            typeText(QApplication::focusWidget(), QString(ch));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTest::mouseClick(child<QPushButton>(m_first, "savePlanButton"), Qt::LeftButton);
        settle();
        QVERIFY(!overdue(m_first).isValid());

        QTRY_VERIFY_WITH_TIMEOUT(!overdue(m_second).isValid(), 2000);
        QAbstractItemModel *other = child<QTableView>(m_second, "planScheduleView")->model();
        QTRY_COMPARE_WITH_TIMEOUT(other->index(rowOfLate(m_second), PlanScheduleModel::DateColumn).data().toString(),
                                  QStringLiteral("20/07/2017"), 2000);
    }
};

QTEST_MAIN(TestPlanLiveUpdates)
#include "tst_plan_live_updates.moc"
