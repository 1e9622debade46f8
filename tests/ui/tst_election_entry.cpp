#include "ClerkInput.h"
#include "StoredCongress.h"
#include "ElectionPanel.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "models/RoundCandidatesModel.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/UnitRepository.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A clerk copies a round off the counting board's minutes and sees who is elected.
class TestElectionEntry : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    ElectionPanel *m_panel = nullptr;

    QList<Election> stored()
    {
        Congress congress;
        QList<Election> elections;
        QString error;
        CongressRepository(m_workspace->database().connection())
            .find(m_window->currentUnit().id, m_window->currentTerm().id, &congress, &error);
        ElectionRepository(m_workspace->database().connection()).forCongress(congress.id, &elections, &error);
        return elections;
    }
    QSpinBox *spin(const char *name) { return m_panel->findChild<QSpinBox *>(QLatin1String(name)); }
    void type(QSpinBox *box, int value)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
        QTest::keyClick(box, Qt::Key_Tab);
        QApplication::processEvents();
    }
    void typeCell(int row, int column, const QString &text)
    {
        auto *table = m_panel->findChild<QTableView *>(QStringLiteral("candidateTable"));
        const QModelIndex index = table->model()->index(row, column);
        clickCell(table, index);
        QTest::keyClick(table, Qt::Key_F2); // the edit key: it renames a unit only in the tree
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTest::qWait(20);
        QApplication::processEvents();
    }
    QString cell(int row, int column)
    {
        auto *table = m_panel->findChild<QTableView *>(QStringLiteral("candidateTable"));
        return table->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2017-2020")));
        // UBND-15 has a congress record but no elections yet.
        QVERIFY(m_window->selectUnit(QStringLiteral("UBND-15")));
        QVERIFY(showWindow(m_window));
        m_panel = m_window->findChild<ElectionPanel *>();
        QVERIFY(m_panel);
        QVERIFY(stored().isEmpty());
    }
    void cleanupTestCase() { delete m_window; }

    void typedRoundShowsStatuses()
    {
        // Attendance of the congress: 12 summoned, 1 excluded, 11 present: base 11, threshold 6.
        Congress congress;
        QString error;
        QVERIFY2(holdCongressOfEleven(m_workspace, m_window, &congress, &error), qPrintable(error));

        m_panel->addElection(ElectionOffice::Committee);
        auto *tabs = m_panel->findChild<QTabBar *>(QStringLiteral("roundTabs"));
        QCOMPARE(tabs->count(), 1);
        type(spin("issuedSpin"), 11);
        type(spin("collectedSpin"), 11);
        type(spin("validSpin"), 10);
        type(spin("invalidSpin"), 1);
        const QStringList names = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                                   QStringLiteral("Lê Văn Cường"), QStringLiteral("Phạm Thị Dung")};
        const QList<int> votes = {10, 6, 7, 5};
        for (int i = 0; i < names.size(); ++i) {
            m_panel->addCandidate(names.at(i));
            typeCell(i, RoundCandidatesModel::VotesColumn, QString::number(votes.at(i)));
        }
        QCOMPARE(cell(0, RoundCandidatesModel::PercentColumn), QStringLiteral("90,91 %"));
        QCOMPARE(cell(1, RoundCandidatesModel::PercentColumn), QStringLiteral("54,55 %"));
        QCOMPARE(cell(3, RoundCandidatesModel::PercentColumn), QStringLiteral("45,45 %"));
        // Base 11: 6 votes are more than half; 5 are not.
        QCOMPARE(cell(0, RoundCandidatesModel::StatusColumn), QStringLiteral("Elected"));
        QCOMPARE(cell(1, RoundCandidatesModel::StatusColumn), QStringLiteral("Elected"));
        QCOMPARE(cell(2, RoundCandidatesModel::StatusColumn), QStringLiteral("Elected"));
        QCOMPARE(cell(3, RoundCandidatesModel::StatusColumn), QStringLiteral("Not elected"));

        const QList<Election> saved = stored();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().rounds.size(), 1);
        QCOMPARE(saved.first().rounds.first().ballots.valid, 10);
        QCOMPARE(saved.first().rounds.first().candidates.size(), 4);
        QCOMPARE(saved.first().rounds.first().candidates.at(2).votes, 7);

        // The committee follows the election: the three above half, highest first.
        QList<CommitteeMember> members;
        QVERIFY(CommitteeRepository(m_workspace->database().connection()).members(congress.id, &members, &error));
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.first().person.fullName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(members.first().percentHundredths, qint64(9091));
    }

    void refusedNumberShowsItsMessageAndNothingIsSaved()
    {
        const QList<Election> before = stored();
        const int undoCount = m_workspace->undoStack()->count();
        // More votes than valid ballots cannot be true.
        typeCell(0, RoundCandidatesModel::VotesColumn, QStringLiteral("12"));
        auto *result = m_panel->findChild<QLabel *>(QStringLiteral("roundResultLabel"));
        QVERIFY2(result->text().contains(QStringLiteral("12")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("10")), qPrintable(result->text()));
        QCOMPARE(cell(0, RoundCandidatesModel::StatusColumn), QString());
        QVERIFY(stored() == before);
        QCOMPARE(m_workspace->undoStack()->count(), undoCount);
        // Correcting it saves again.
        typeCell(0, RoundCandidatesModel::VotesColumn, QStringLiteral("9"));
        QCOMPARE(stored().first().rounds.first().candidates.first().votes, 9);
    }

    void undoRestoresTheRoundAndTheCommittee()
    {
        QCOMPARE(stored().first().rounds.first().candidates.first().votes, 9);
        m_workspace->undoStack()->undo();
        QCOMPARE(stored().first().rounds.first().candidates.first().votes, 10);
        m_workspace->undoStack()->redo();
        QCOMPARE(stored().first().rounds.first().candidates.first().votes, 9);
        while (m_workspace->undoStack()->canUndo())
            m_workspace->undoStack()->undo();
        QVERIFY(stored().isEmpty());
        while (m_workspace->undoStack()->canRedo())
            m_workspace->undoStack()->redo();
        QCOMPARE(stored().first().rounds.first().candidates.size(), 4);
    }
};

QTEST_MAIN(TestElectionEntry)
#include "tst_election_entry.moc"
