#include "ClerkInput.h"
#include "ElectionPanel.h"
#include "MainWindow.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;

using namespace daihoi::test;

// A warning waiting for confirmation belongs to the election shown as it is now: typing more
// candidates, switching election and undo take it back (issue 12, item 6).
class TestElectionWarnings : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    ElectionPanel *m_panel = nullptr;
    Congress m_congress;

    Election storedCommittee()
    {
        QList<Election> elections;
        QString error;
        ElectionRepository(m_workspace->database().connection())
            .forCongress(m_congress.id, &elections, &error);
        for (const Election &election : elections) {
            if (election.office == ElectionOffice::Committee)
                return election;
        }
        return {};
    }
    QTableView *table() { return m_panel->findChild<QTableView *>(QStringLiteral("candidateTable")); }
    QString resultText() { return m_panel->findChild<QLabel *>(QStringLiteral("roundResultLabel"))->text(); }
    QPushButton *confirm() { return m_panel->findChild<QPushButton *>(QStringLiteral("confirmButton")); }
    MessageBar *bar() { return m_window->findChild<MessageBar *>(); }
    // What the clerk is told to confirm, wherever it is shown.
    bool warned(const QString &words)
    {
        return (bar()->isVisible() && bar()->text().contains(words)) || resultText().contains(words);
    }
    QPushButton *button(const QString &text)
    {
        for (QPushButton *b : m_panel->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }
    void type(const char *name, int value)
    {
        typeInto(m_panel->findChild<QSpinBox *>(QLatin1String(name)), QString::number(value));
    }
    void addCandidate(const QString &name)
    {
        QTest::mouseClick(button(QStringLiteral("Add &candidate")), Qt::LeftButton);
        settle();
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        typeText(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
    }
    void chooseElection(const QString &officeName)
    {
        auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("electionCombo"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && !combo->currentText().startsWith(officeName); ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QVERIFY2(combo->currentText().startsWith(officeName), qPrintable(combo->currentText()));
        settle();
    }
    void removeSelectedCandidate(int row)
    {
        clickCell(table(), table()->model()->index(row, 1));
        QTest::keyClick(table(), Qt::Key_Delete, Qt::ShiftModifier);
        settle();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2017-2020")));
        QVERIFY(m_window->selectUnit(QStringLiteral("UBND-15")));
        QString error;
        QVERIFY2(holdCongressOfEleven(m_workspace, m_window, &m_congress, &error), qPrintable(error));
        // A chi ủy of 3 and a Bí thư, neither with a round yet.
        for (ElectionOffice office : {ElectionOffice::Committee, ElectionOffice::Secretary}) {
            Election election;
            election.congressId = m_congress.id;
            election.office = office;
            election.totalSeats = office == ElectionOffice::Committee ? 3 : 1;
            QVERIFY2(m_workspace->saveElection(&election, &error), qPrintable(error));
        }
        QVERIFY(showWindow(m_window, QSize(1280, 800)));
        m_panel = m_window->findChild<ElectionPanel *>();
        QVERIFY(m_panel);
        QVERIFY(clickTab(m_window, m_panel));
        QVERIFY(m_panel->isVisible());
    }
    void cleanupTestCase() { delete m_window; }

    void warningFollowsTheCandidatesTyped()
    {
        chooseElection(QStringLiteral("Executive committee"));
        QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("addRoundButton")),
                          Qt::LeftButton);
        type("issuedSpin", 11);
        type("collectedSpin", 11);
        type("validSpin", 11);
        type("invalidSpin", 0);
        addCandidate(QStringLiteral("Nguyễn Văn An"));
        addCandidate(QStringLiteral("Trần Thị Bình"));
        // Two names for three seats: the clerk is asked to confirm, about two.
        QVERIFY2(warned(QStringLiteral("Candidates (2) are fewer than the seats (3)")),
                 qPrintable(bar()->text()));
        QVERIFY(!warned(QStringLiteral("Candidates (1)")));
        QVERIFY(confirm()->isVisible());
        QVERIFY(storedCommittee().rounds.isEmpty());

        addCandidate(QStringLiteral("Lê Văn Cường"));
        addCandidate(QStringLiteral("Phạm Thị Dung"));
        QVERIFY2(!warned(QStringLiteral("fewer than the seats")), qPrintable(bar()->text() + resultText()));
        QVERIFY(!confirm()->isVisible());
        QCOMPARE(storedCommittee().rounds.first().candidates.size(), 4);
    }

    void undoTakesThePendingWarningBack()
    {
        removeSelectedCandidate(3);
        removeSelectedCandidate(2);
        QVERIFY2(warned(QStringLiteral("Candidates (2) are fewer than the seats (3)")),
                 qPrintable(bar()->text()));
        QVERIFY(confirm()->isVisible());
        // Ctrl+Z undoes the last save (the first removal); the second was never saved, and its warning goes.
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        settle();
        QVERIFY2(!warned(QStringLiteral("fewer than the seats")), qPrintable(bar()->text() + resultText()));
        QVERIFY(!confirm()->isVisible());
        QCOMPARE(storedCommittee().rounds.first().candidates.size(), 4);
    }

    void warningStaysWithItsElection()
    {
        chooseElection(QStringLiteral("Executive committee"));
        // The undo brought back the fourth name (its removal was saved, as three names fill three seats).
        QCOMPARE(table()->model()->rowCount(), 4);
        removeSelectedCandidate(3);
        removeSelectedCandidate(2);
        QVERIFY(warned(QStringLiteral("Candidates (2) are fewer than the seats (3)")));
        chooseElection(QStringLiteral("Secretary"));
        QVERIFY2(!warned(QStringLiteral("fewer than the seats")), qPrintable(bar()->text() + resultText()));
        QVERIFY(!confirm()->isVisible());
    }
};

QTEST_MAIN(TestElectionWarnings)
#include "tst_election_warnings.moc"
