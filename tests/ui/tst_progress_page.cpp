#include "ClerkInput.h"
#include "MainWindow.h"
#include "ProgressPanel.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "domain/DisplayFormat.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A clerk of the UBND committee looks at the term 2017–2020: each chi bộ in the tree is marked held or
// planned with its date, and the progress page lists the fourteen congresses held, sorted by a click.
class TestProgressPage : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    Term m_term;

    template <typename T> T *child(const char *name)
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    Congress congressOf(const QString &code)
    {
        Unit unit;
        Congress congress;
        QString error;
        UnitRepository(m_workspace->database().connection()).byCode(code, &unit, &error);
        CongressRepository(m_workspace->database().connection()).find(unit.id, m_term.id, &congress, &error);
        return congress;
    }
    QImage decoration(const QModelIndex &index)
    {
        return index.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
    }
    void clickHeader(QHeaderView *header, int section)
    {
        const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QApplication::processEvents();
    }
    QList<QDate> heldDates(QTableView *view, int column)
    {
        QList<QDate> dates;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            dates.append(QDate::fromString(view->model()->index(row, column).data().toString().left(10),
                                           QStringLiteral("dd/MM/yyyy")));
        return dates;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.openDemo());
        QString error;
        QVERIFY(TermRepository(m_test.connection()).byYears(2017, 2020, &m_term, &error));
        QVERIFY(openWindow(m_test, this, m_workspace, m_window));
        QVERIFY(showWindow(m_window, QSize(1280, 760)));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanupTestCase() { delete m_window; }

    void treeMarksEachBranchOfTheTerm()
    {
        // The committee by keyboard: the first top unit, folded, then the next one down.
        auto *tree = child<QTreeView>("unitTree");
        QVERIFY(tree);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Home);
        QTest::keyClick(tree, Qt::Key_Left);
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(m_window->currentUnit().code, QStringLiteral("UBND"));
        // The term by keyboard, as a clerk picks it from the list.
        auto *terms = child<QComboBox>("termCombo");
        terms->setFocus();
        QTest::keyClicks(terms, QStringLiteral("2017"));
        QCOMPARE(m_window->currentTerm().id, m_term.id);
        QCOMPARE(m_window->currentUnit().code, QStringLiteral("UBND"));

        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Right); // unfolds UBND
        QImage heldIcon;
        QImage plannedIcon;
        int held = 0;
        for (int i = 0; i < 15; ++i) {
            QTest::keyClick(tree, Qt::Key_Down);
            const QModelIndex current = tree->currentIndex();
            const QString code = m_window->currentUnit().code;
            QCOMPARE(code, QStringLiteral("UBND-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            const Congress congress = congressOf(code);
            const QString tip = current.data(Qt::ToolTipRole).toString();
            const QImage icon = decoration(current.siblingAtColumn(0));
            QVERIFY2(!icon.isNull(), qPrintable(code));
            if (congress.status == Congress::Status::Held) {
                ++held;
                QVERIFY2(
                    tip.contains(QStringLiteral("Held on %1").arg(DisplayFormat::date(congress.heldFrom))),
                    qPrintable(code + QLatin1Char(' ') + tip));
                heldIcon = icon;
            } else {
                QCOMPARE(code, QStringLiteral("UBND-15"));
                QVERIFY2(tip.contains(QStringLiteral("Planned for 06/07/2017")), qPrintable(tip));
                plannedIcon = icon;
            }
        }
        QCOMPARE(held, 14);
        QVERIFY(!plannedIcon.isNull() && plannedIcon != heldIcon);
    }

    void progressPageListsTheHeldCongresses()
    {
        QVERIFY(m_window->selectUnit(QStringLiteral("UBND")));
        auto *tabs = m_window->findChild<QTabWidget *>();
        auto *progress = m_window->findChild<ProgressPanel *>();
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(tabs->indexOf(progress)).center());
        QCOMPARE(tabs->currentWidget(), progress);
        QVERIFY2(progress->headline().startsWith(QStringLiteral("14/15")), qPrintable(progress->headline()));

        auto *held = child<QTableView>("heldCongressesView");
        QVERIFY(held && held->isVisible());
        QAbstractItemModel *model = held->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 14);

        // Columns as the printed summary: unit, date, present/summoned, Bí thư, the Bí thư's %.
        int dateColumn = -1;
        int attendanceColumn = -1;
        int secretaryColumn = -1;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            if (title == QStringLiteral("Held on"))
                dateColumn = column;
            else if (title == QStringLiteral("Present"))
                attendanceColumn = column;
            else if (title == QStringLiteral("Secretary"))
                secretaryColumn = column;
        }
        QVERIFY(dateColumn > 0 && attendanceColumn > 0 && secretaryColumn > 0);
        QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("(UBND-01)")));
        const Congress first = congressOf(QStringLiteral("UBND-01"));
        QCOMPARE(model->index(0, attendanceColumn).data().toString(),
                 QStringLiteral("%1/%2").arg(first.present).arg(first.summoned));
        QList<CommitteeMember> members;
        QString error;
        QVERIFY(
            CommitteeRepository(m_workspace->database().connection()).members(first.id, &members, &error));
        QString secretary;
        for (const CommitteeMember &member : std::as_const(members)) {
            if (member.role == CommitteeRole::Secretary)
                secretary = member.person.fullName;
        }
        QVERIFY(!secretary.isEmpty());
        QCOMPARE(model->index(0, secretaryColumn).data().toString(), secretary);

        // A click on the date header sorts by date; a second click turns the order round.
        clickHeader(held->horizontalHeader(), dateColumn);
        QCOMPARE(model->rowCount(), 14);
        QList<QDate> dates = heldDates(held, dateColumn);
        QVERIFY(!dates.contains(QDate()));
        QList<QDate> ascending = dates;
        std::sort(ascending.begin(), ascending.end());
        QCOMPARE(dates, ascending);
        clickHeader(held->horizontalHeader(), dateColumn);
        dates = heldDates(held, dateColumn);
        QList<QDate> descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(dates, descending);
        QVERIFY(dates.first() > dates.last());

        // Beside it, the one unit still to hold its congress.
        auto *pending = child<QAbstractItemView>("pendingList");
        QVERIFY(pending && pending->isVisible());
        QCOMPARE(pending->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestProgressPage)
#include "tst_progress_page.moc"
