#include "ClerkInput.h"
#include "MainWindow.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "widgets/OptionalDateEdit.h"

#include <QLabel>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// Ctrl+Z typed inside a field undoes the last saved change, as the window's Undo does: the form
// never shows a number nobody typed, and afterwards form and database agree.
class TestNumberUndo : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    BallotCounts storedBallots()
    {
        QList<Election> elections;
        QString error;
        ElectionRepository(m_workspace->database().connection()).forCongress(storedCongress(m_workspace, m_window).id, &elections, &error);
        for (const Election &election : elections) {
            if (election.office == ElectionOffice::Committee)
                return election.rounds.first().ballots;
        }
        return {};
    }
    QSpinBox *spin(const char *name) { return m_window->findChild<QSpinBox *>(QLatin1String(name)); }
    void press(QWidget *field, Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        field->setFocus();
        QTest::keyClick(field, key, modifiers);
        QApplication::processEvents();
    }
    QString roundResult() { return m_window->findChild<QLabel *>(QStringLiteral("roundResultLabel"))->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        QVERIFY(showWindow(m_window));
    }
    void cleanupTestCase() { delete m_window; }

    void ctrlZInABallotCountUndoesTheSavedChange()
    {
        QVERIFY(m_window->showPage(QStringLiteral("elections")));
        auto *valid = spin("validSpin");
        auto *invalid = spin("invalidSpin");
        QVERIFY(valid && valid->isVisible());
        const BallotCounts before = storedBallots();
        QCOMPARE(valid->value(), before.valid);
        QVERIFY(before.valid > 30);

        // One invalid ballot found among the valid ones: two numbers, saved once both agree.
        typeNumber(invalid, before.invalid + 1);
        typeNumber(valid, before.valid - 1);
        QCOMPARE(storedBallots().valid, before.valid - 1);
        QCOMPARE(storedBallots().invalid, before.invalid + 1);
        QVERIFY2(!roundResult().contains(QStringLiteral("Not saved")), qPrintable(roundResult()));

        press(valid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedBallots().valid, before.valid);
        QCOMPARE(valid->value(), before.valid);
        QCOMPARE(invalid->value(), before.invalid);
        QVERIFY2(!roundResult().contains(QStringLiteral("Not saved")), qPrintable(roundResult()));
        // Leaving the field afterwards writes nothing and shows no refusal.
        QTest::keyClick(valid, Qt::Key_Tab);
        QCOMPARE(storedBallots().valid, before.valid);
        QVERIFY2(!roundResult().contains(QStringLiteral("Not saved")), qPrintable(roundResult()));

        // Ctrl+Shift+Z and Ctrl+Y are the window's Redo, never the field's own: each brings the
        // corrected ballots back, and form and database agree afterwards.
        for (const QKeyCombination redo : {QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z),
                                           QKeyCombination(Qt::ControlModifier, Qt::Key_Y)}) {
            press(invalid, redo.key(), redo.keyboardModifiers());
            QCOMPARE(storedBallots().valid, before.valid - 1);
            QCOMPARE(invalid->value(), storedBallots().invalid);
            QCOMPARE(valid->value(), storedBallots().valid);
            QVERIFY2(!roundResult().contains(QStringLiteral("Not saved")), qPrintable(roundResult()));
            press(invalid, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(storedBallots().valid, before.valid);
            QCOMPARE(valid->value(), before.valid);
        }
    }

    void ctrlZInAnAttendanceFieldUndoesTheSavedChange()
    {
        QVERIFY(m_window->showPage(QStringLiteral("congress")));
        auto *probationary = spin("probationaryMembersSpin");
        auto *official = spin("officialMembersSpin");
        const Congress before = storedCongress(m_workspace, m_window);
        typeNumber(probationary, before.probationaryMembers + 3);
        QCOMPARE(storedCongress(m_workspace, m_window).probationaryMembers, before.probationaryMembers + 3);
        press(official, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedCongress(m_workspace, m_window).probationaryMembers, before.probationaryMembers);
        QCOMPARE(probationary->value(), before.probationaryMembers);
        QCOMPARE(official->value(), before.officialMembers);
        QVERIFY(storedCongress(m_workspace, m_window) == before);
    }

    void ctrlZInADateFieldUndoesTheSavedChange()
    {
        QVERIFY(m_window->showPage(QStringLiteral("congress")));
        auto *heldTo = m_window->findChild<OptionalDateEdit *>(QStringLiteral("heldToEdit"));
        QVERIFY(heldTo);
        const Congress before = storedCongress(m_workspace, m_window);
        const QDate later = before.heldTo.addDays(1);
        heldTo->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(heldTo, later.toString(QStringLiteral("dd/MM/yyyy")));
        QTest::keyClick(heldTo, Qt::Key_Tab);
        QCOMPARE(storedCongress(m_workspace, m_window).heldTo, later);
        press(heldTo, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedCongress(m_workspace, m_window).heldTo, before.heldTo);
        QCOMPARE(heldTo->value(), before.heldTo);
        QCOMPARE(heldTo->text(), before.heldTo.toString(QStringLiteral("dd/MM/yyyy")));
    }

    // Figures the rules refuse are kept on screen, not silently dropped, when the congress is
    // corrected on its own page in between.
    void refusedBallotsStayWhileTheCongressChanges()
    {
        QVERIFY(clickTab(m_window, m_window->findChild<QWidget *>(QStringLiteral("elections"))));
        auto *valid = spin("validSpin");
        const BallotCounts before = storedBallots();
        typeNumber(valid, before.collected + 5);
        QVERIFY2(roundResult().contains(QStringLiteral("Not saved")), qPrintable(roundResult()));

        QVERIFY(clickTab(m_window, m_window->findChild<QWidget *>(QStringLiteral("congress"))));
        const Congress congress = storedCongress(m_workspace, m_window);
        typeNumber(spin("probationaryMembersSpin"), congress.probationaryMembers + 1);
        QCOMPARE(storedCongress(m_workspace, m_window).probationaryMembers, congress.probationaryMembers + 1);

        QVERIFY(clickTab(m_window, m_window->findChild<QWidget *>(QStringLiteral("elections"))));
        QCOMPARE(valid->value(), before.collected + 5);
        QVERIFY2(roundResult().contains(QStringLiteral("Not saved")), qPrintable(roundResult()));
        QCOMPARE(storedBallots().valid, before.valid);
        // Put right, the round saves.
        typeNumber(valid, before.valid);
        QVERIFY2(!roundResult().contains(QStringLiteral("Not saved")), qPrintable(roundResult()));
    }
};

QTEST_MAIN(TestNumberUndo)
#include "tst_number_undo.moc"
