#include "ClerkInput.h"
#include "MainWindow.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "commands/RenameUnitEdit.h"
#include "commands/RetireUnitEdit.h"
#include "storage/UnitRepository.h"
#include "services/AppSettings.h"
#include "models/RoundCandidatesModel.h"
#include "storage/ElectionRepository.h"
#include "widgets/ConflictBar.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// Two windows on one SQLite file, as two clerks on one office database: the second save of the same
// congress is refused with the first clerk's name and time, the typed value stays beside the saved one,
// and Reload takes the saved values.
class TestEditConflicts : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_firstWorkspace = nullptr;
    MainWindow *m_first = nullptr;
    Workspace *m_secondWorkspace = nullptr;
    MainWindow *m_second = nullptr;

    static QLineEdit *place(MainWindow *window) { return window->findChild<QLineEdit *>(QStringLiteral("placeEdit")); }
    static ConflictBar *conflictBar(MainWindow *window)
    {
        return window->findChild<ConflictBar *>(QStringLiteral("congressConflictBar"));
    }
    static QString stored(Workspace *workspace, MainWindow *window) { return storedCongress(workspace, window).place; }
    static bool showCongress(MainWindow *window)
    {
        return window->selectTerm(QStringLiteral("2022-2025")) && window->selectUnit(QStringLiteral("VH-03"))
               && window->showPage(QStringLiteral("congress")) && showWindow(window, QSize(1280, 760));
    }
    // The clerk turns to that window: its fields take the keyboard, and leaving one saves it.
    static bool turnTo(MainWindow *window)
    {
        window->activateWindow();
        QApplication::setActiveWindow(window);
        return QTest::qWaitForWindowActive(window);
    }
    static int storedVotes(Workspace *workspace, MainWindow *window, int row)
    {
        QList<Election> elections;
        QString error;
        ElectionRepository(workspace->database().connection())
            .forCongress(storedCongress(workspace, window).id, &elections, &error);
        return elections.value(0).rounds.value(0).candidates.value(row).votes;
    }
    static QTableView *candidates(MainWindow *window)
    {
        return window->findChild<QTableView *>(QStringLiteral("candidateTable"));
    }
    // Types a number of votes into a cell of the round shown, as a clerk does: point, F2, type, Tab.
    static void typeVotes(MainWindow *window, int row, int votes)
    {
        QTableView *table = candidates(window);
        clickCell(table, table->model()->index(row, RoundCandidatesModel::VotesColumn));
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QString::number(votes));
        QTest::keyClick(editor, Qt::Key_Tab);
        settle();
    }
    static QString votesShown(MainWindow *window, int row)
    {
        return candidates(window)->model()->index(row, RoundCandidatesModel::VotesColumn).data().toString();
    }
    static bool isCurrentMinute(const QString &text)
    {
        const QTime now = QTime::currentTime();
        return text.contains(now.toString(QStringLiteral("HH:mm")))
               || text.contains(now.addSecs(-60).toString(QStringLiteral("HH:mm")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.openDemo());
        m_test.db().close();
        AppSettings().setClerkName(QStringLiteral("Nguyễn Văn A"));
        m_firstWorkspace = new Workspace(this);
        m_first = new MainWindow(m_firstWorkspace);
        QVERIFY(m_first->openDatabase(m_test.path()));
        AppSettings().setClerkName(QStringLiteral("Trần Thị B"));
        m_secondWorkspace = new Workspace(this);
        m_second = new MainWindow(m_secondWorkspace);
        QVERIFY(m_second->openDatabase(m_test.path()));
        QVERIFY(showCongress(m_first));
        QVERIFY(showCongress(m_second));
    }
    void cleanupTestCase()
    {
        delete m_second;
        delete m_first;
    }

    void theSecondSaveIsRefusedAndTheTypedValueStays()
    {
        QVERIFY(turnTo(m_first));
        typeInto(place(m_first), QStringLiteral("Hội trường A"));
        QCOMPARE(stored(m_firstWorkspace, m_first), QStringLiteral("Hội trường A"));

        QVERIFY(turnTo(m_second));
        typeInto(place(m_second), QStringLiteral("Nhà văn hóa B"));
        QCOMPARE(stored(m_secondWorkspace, m_second), QStringLiteral("Hội trường A"));
        auto *bar = m_second->findChild<MessageBar *>();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(QStringLiteral("This congress was just changed by Nguyễn Văn A at ")),
                 qPrintable(bar->text()));
        QVERIFY2(isCurrentMinute(bar->text()), qPrintable(bar->text()));
        QVERIFY2(bar->text().endsWith(QStringLiteral("Your data has not been saved.")), qPrintable(bar->text()));
        // The clerk's typing is not thrown away, and the saved value is shown beside it.
        QCOMPARE(place(m_second)->text(), QStringLiteral("Nhà văn hóa B"));
        ConflictBar *conflict = conflictBar(m_second);
        QVERIFY(conflict && conflict->isVisible());
        QVERIFY2(conflict->text().contains(QStringLiteral("Place: yours “Nhà văn hóa B” — saved “Hội trường A”")),
                 qPrintable(conflict->text()));
        QVERIFY2(conflict->text().contains(QStringLiteral("Nguyễn Văn A")), qPrintable(conflict->text()));
        QVERIFY(!conflictBar(m_first)->isVisible());
    }

    void anotherFieldTypedBeforeReloadIsRefusedToo()
    {
        auto *number = m_second->findChild<QSpinBox *>(QStringLiteral("probationaryMembersSpin"));
        const int before = storedCongress(m_secondWorkspace, m_second).probationaryMembers;
        typeNumber(number, before + 3);
        settle();
        QCOMPARE(storedCongress(m_secondWorkspace, m_second).probationaryMembers, before);
        QCOMPARE(place(m_second)->text(), QStringLiteral("Nhà văn hóa B"));
        QCOMPARE(number->value(), before + 3);
        QVERIFY2(conflictBar(m_second)->text().contains(QStringLiteral("Probationary members: yours “%1” — saved “%2”")
                                                            .arg(before + 3)
                                                            .arg(before)),
                 qPrintable(conflictBar(m_second)->text()));
    }

    void reloadTakesTheSavedValuesFromTheKeyboard()
    {
        auto *reload = conflictBar(m_second)->findChild<QPushButton *>(QStringLiteral("reloadButton"));
        QVERIFY(reload);
        QVERIFY(reload->focusPolicy() & Qt::TabFocus);
        reload->setFocus();
        QTest::keyClick(reload, Qt::Key_Space);
        settle();
        QCOMPARE(place(m_second)->text(), QStringLiteral("Hội trường A"));
        QVERIFY(!conflictBar(m_second)->isVisible());
        QVERIFY(!m_second->findChild<MessageBar *>()->isVisible());

        typeInto(place(m_second), QStringLiteral("Nhà văn hóa B"));
        QCOMPARE(stored(m_secondWorkspace, m_second), QStringLiteral("Nhà văn hóa B"));
        QVERIFY(!conflictBar(m_second)->isVisible());
    }

    void anUndoOverTheOtherClerksChangeIsRefused()
    {
        // The first window's undo would put back the place it replaced, over the second clerk's save.
        QVERIFY(turnTo(m_first));
        m_first->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        settle();
        QCOMPARE(stored(m_firstWorkspace, m_first), QStringLiteral("Nhà văn hóa B"));
        auto *bar = m_first->findChild<MessageBar *>();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(QStringLiteral("This congress was just changed by Trần Thị B at ")),
                 qPrintable(bar->text()));
    }

    void undoAndRedoOfOnesOwnEditsStillWork()
    {
        QVERIFY(turnTo(m_second));
        QUndoStack *stack = m_secondWorkspace->undoStack();
        QVERIFY(stack->canUndo());
        stack->undo();
        QCOMPARE(stored(m_secondWorkspace, m_second), QStringLiteral("Hội trường A"));
        stack->redo();
        QCOMPARE(stored(m_secondWorkspace, m_second), QStringLiteral("Nhà văn hóa B"));
        QCOMPARE(place(m_second)->text(), QStringLiteral("Nhà văn hóa B"));
    }

    void anElectionSavedMeanwhileIsRefusedAndReloaded()
    {
        QVERIFY(turnTo(m_first));
        QVERIFY(m_first->showPage(QStringLiteral("elections")));
        QVERIFY(m_second->showPage(QStringLiteral("elections")));
        const int first = storedVotes(m_firstWorkspace, m_first, 0);
        const int second = storedVotes(m_firstWorkspace, m_first, 1);
        typeVotes(m_first, 0, first - 1);
        QCOMPARE(storedVotes(m_firstWorkspace, m_first, 0), first - 1);

        QVERIFY(turnTo(m_second));
        typeVotes(m_second, 1, second - 1);
        QCOMPARE(storedVotes(m_secondWorkspace, m_second, 1), second);
        auto *bar = m_second->findChild<MessageBar *>();
        QVERIFY2(bar->text().startsWith(QStringLiteral("This election was just changed by Nguyễn Văn A at ")),
                 qPrintable(bar->text()));
        auto *conflict = m_second->findChild<ConflictBar *>(QStringLiteral("electionConflictBar"));
        QVERIFY(conflict && conflict->isVisible());
        QVERIFY2(conflict->text().contains(QStringLiteral("(saved → yours)")), qPrintable(conflict->text()));
        // Both numbers stay as this clerk has them until Reload.
        QCOMPARE(votesShown(m_second, 1), QString::number(second - 1));
        QCOMPARE(votesShown(m_second, 0), QString::number(first));

        auto *reload = conflict->findChild<QPushButton *>(QStringLiteral("reloadButton"));
        reload->setFocus();
        QTest::keyClick(reload, Qt::Key_Space);
        settle();
        QVERIFY(!conflict->isVisible());
        QCOMPARE(votesShown(m_second, 0), QString::number(first - 1));
        QCOMPARE(votesShown(m_second, 1), QString::number(second));
        typeVotes(m_second, 1, second - 1);
        QCOMPARE(storedVotes(m_secondWorkspace, m_second, 1), second - 1);
        QCOMPARE(storedVotes(m_secondWorkspace, m_second, 0), first - 1);
    }

    // The unit's name as each window shows it; the rename goes through the same edit as Unit → Rename.
    void aUnitRenamedMeanwhileIsRefusedWhileOwnEditsChain()
    {
        const Unit seenFirst = m_first->currentUnit();
        const Unit seenSecond = m_second->currentUnit();
        QCOMPARE(seenFirst.rowVersion, seenSecond.rowVersion);
        QVERIFY(m_firstWorkspace->run(new RenameUnitEdit(m_firstWorkspace, seenFirst.id, seenFirst.name,
                                                         QStringLiteral("Chi bộ Tổ dân phố số 1A"), seenFirst.rowVersion)));
        // The first window goes on from what it wrote itself, even where a view still holds the version it read.
        QVERIFY(m_firstWorkspace->run(new RetireUnitEdit(m_firstWorkspace, seenFirst.id, seenFirst.name, true,
                                                         seenFirst.rowVersion)));

        QVERIFY(!m_secondWorkspace->run(new RenameUnitEdit(m_secondWorkspace, seenSecond.id, seenSecond.name,
                                                           QStringLiteral("Chi bộ TDP 1"), seenSecond.rowVersion)));
        const QString bar = m_second->findChild<MessageBar *>()->text();
        QVERIFY2(bar.startsWith(QStringLiteral("This unit was just changed by Nguyễn Văn A at ")), qPrintable(bar));
        Unit stored;
        QString error;
        QVERIFY(UnitRepository(m_firstWorkspace->database().connection()).byId(seenFirst.id, &stored, &error));
        QCOMPARE(stored.name, QStringLiteral("Chi bộ Tổ dân phố số 1A"));
        QVERIFY(stored.retired);

        // Both of the first window's edits undo, in turn.
        m_firstWorkspace->undoStack()->undo();
        m_firstWorkspace->undoStack()->undo();
        QVERIFY(UnitRepository(m_firstWorkspace->database().connection()).byId(seenFirst.id, &stored, &error));
        QCOMPARE(stored.name, seenFirst.name);
        QVERIFY(!stored.retired);
    }
};

QTEST_MAIN(TestEditConflicts)
#include "tst_edit_conflicts.moc"
