#include "ClerkInput.h"
#include "CongressPanel.h"
#include "MainWindow.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "storage/CongressRepository.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QLabel>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A clerk corrects the attendance of a chi bộ's congress, undoes and redoes it.
class TestCongressEditing : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    void type(QSpinBox *spin, int value)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QTest::keyClick(spin, Qt::Key_Tab);
        QApplication::processEvents();
    }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        QVERIFY(m_window->showPage(QStringLiteral("congress")));
        QVERIFY(showWindow(m_window));
    }
    void cleanupTestCase() { delete m_window; }

    void editUndoRedo()
    {
        auto *probationary = m_window->findChild<QSpinBox *>(QStringLiteral("probationaryMembersSpin"));
        QVERIFY(probationary && probationary->isVisible());
        const Congress before = storedCongress(m_workspace, m_window);
        QCOMPARE(probationary->value(), before.probationaryMembers);
        const int corrected = before.probationaryMembers + 2;

        type(probationary, corrected);
        QCOMPARE(storedCongress(m_workspace, m_window).probationaryMembers, corrected);
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QVERIFY(action("undoAction")->isEnabled());

        action("undoAction")->trigger();
        QCOMPARE(storedCongress(m_workspace, m_window).probationaryMembers, before.probationaryMembers);
        QCOMPARE(probationary->value(), before.probationaryMembers);

        action("redoAction")->trigger();
        QCOMPARE(storedCongress(m_workspace, m_window).probationaryMembers, corrected);
        QCOMPARE(probationary->value(), corrected);
        action("undoAction")->trigger();
        QVERIFY(storedCongress(m_workspace, m_window) == before);
    }

    void refusedNumberIsNamedAndNotSaved()
    {
        auto *present = m_window->findChild<QSpinBox *>(QStringLiteral("presentSpin"));
        auto *bar = m_window->findChild<MessageBar *>();
        const Congress before = storedCongress(m_workspace, m_window);
        const int undoCount = m_workspace->undoStack()->count();
        type(present, before.summoned + 5);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("(%1)").arg(before.summoned + 5)), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QStringLiteral("(%1)").arg(before.summoned)), qPrintable(bar->text()));
        // Marked by a tint, not a style sheet, which would cost the spin box its arrows.
        QVERIFY(present->property("daihoiInvalid").toBool());
        QVERIFY(present->styleSheet().isEmpty());
        QVERIFY(storedCongress(m_workspace, m_window) == before);
        QCOMPARE(m_workspace->undoStack()->count(), undoCount);
    }

    void attendanceBelowTheBallotsIsRefused()
    {
        // The congress's elections issued a ballot to everyone present; fewer present cannot be true.
        auto *present = m_window->findChild<QSpinBox *>(QStringLiteral("presentSpin"));
        const Congress before = storedCongress(m_workspace, m_window);
        m_window->findChild<MessageBar *>()->hide();
        type(present, before.present - 1);
        auto *bar = m_window->findChild<MessageBar *>();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QString::number(before.present)), qPrintable(bar->text()));
        QVERIFY(storedCongress(m_workspace, m_window) == before);
    }

    void quorumFollowsTheSetting()
    {
        auto *quorum = m_window->findChild<QLabel *>(QStringLiteral("quorumLabel"));
        auto *present = m_window->findChild<QSpinBox *>(QStringLiteral("presentSpin"));
        const Congress c = storedCongress(m_workspace, m_window);
        // Back to the saved attendance first: the refused numbers above withheld the verdict.
        type(present, c.present);
        QVERIFY2(quorum->text().startsWith(QStringLiteral("reached")), qPrintable(quorum->text()));
        // The verdict follows the number as it is typed, before it is saved.
        present->setFocus();
        QTest::keyClick(present, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(present, QString::number(c.base() / 2));
        QVERIFY2(quorum->text().contains(QStringLiteral("2/3")), qPrintable(quorum->text()));
        QVERIFY(quorum->styleSheet().contains(QStringLiteral("bold")));
        QTest::keyClick(present, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(present, QString::number(c.base()));
        QVERIFY(!quorum->styleSheet().contains(QStringLiteral("bold")));
    }
};

QTEST_MAIN(TestCongressEditing)
#include "tst_congress_editing.moc"
