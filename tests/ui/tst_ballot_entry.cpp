#include "ClerkInput.h"
#include "PdfText.h"
#include "ElectionPanel.h"
#include "MainWindow.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "ballots/BallotEntryWindow.h"
#include "ballots/HallScreen.h"
#include "domain/elections/ballots/BallotMismatch.h"
#include "models/RoundCandidatesModel.h"
#include "reports/ReportDialog.h"
#include "storage/BallotRepository.h"
#include "storage/Database.h"
#include "storage/ElectionRepository.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QTextBrowser>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// The counting board counts a chi ủy round ballot by ballot: two operators enter the batch by keyboard,
// the comparison shows where they differ, the wrong ballot is corrected, and the round fills itself.
class TestBallotEntry : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    ElectionPanel *m_panel = nullptr;
    BallotEntryWindow *m_entry = nullptr;
    Congress m_congress;
    const QStringList m_names = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                                 QStringLiteral("Lê Văn Cường"), QStringLiteral("Phạm Thị Dung")};

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
    BallotCounting storedCounting()
    {
        BallotCounting counting;
        QString error;
        BallotRepository(m_workspace->database().connection())
            .load(storedCommittee().id, 1, &counting, &error);
        return counting;
    }
    template <typename T> T *panelChild(const char *name)
    {
        return m_panel->findChild<T *>(QLatin1String(name));
    }
    template <typename T> T *entryChild(const char *name)
    {
        return m_entry->findChild<T *>(QLatin1String(name));
    }
    QString voteCell(int row)
    {
        auto *table = panelChild<QTableView>("candidateTable");
        return table->model()->index(row, RoundCandidatesModel::VotesColumn).data().toString();
    }
    QWidget *sheet() { return entryChild<QWidget>("ballotSheet"); }
    // One ballot as the operator keys it: digits strike (or keep again) the names of those rows, Enter saves.
    void keyBallot(const QList<int> &rows)
    {
        sheet()->setFocus();
        for (int row : rows)
            QTest::keyClick(sheet(), char('0' + row));
        QTest::keyClick(sheet(), Qt::Key_Return);
        settle();
    }
    // The batch of eleven ballots as on paper after the first, with one of them (ballot 7) keyed wrongly.
    void keyRestOfBatch(bool slip)
    {
        for (int i = 2; i <= 5; ++i)
            keyBallot({4}); // Dung struck
        keyBallot({3});
        keyBallot({slip ? 4 : 3}); // ballot 7: Cường struck on paper
        keyBallot({3});
        // Ballot 9: the arrows and Space strike Bình.
        sheet()->setFocus();
        QTest::keyClick(sheet(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(sheet(), Qt::Key_Down);
        QTest::keyClick(sheet(), Qt::Key_Space);
        QTest::keyClick(sheet(), Qt::Key_Return);
        settle();
        // Ballot 10: the board declares it marked; the reason is chosen with the keyboard.
        auto *reason = entryChild<QComboBox>("invalidReasonCombo");
        reason->setFocus();
        while (reason->currentData().toString() != QStringLiteral("marked"))
            QTest::keyClick(reason, Qt::Key_Down);
        QTest::keyClick(reason, Qt::Key_Return);
        settle();
        // Ballot 11: every name kept, more than the three seats.
        keyBallot({});
    }
    QString positionText() { return entryChild<QLabel>("ballotPositionLabel")->text(); }
    QString comparisonText()
    {
        return entryChild<QTextBrowser>("ballotComparison")->toPlainText();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2017-2020")));
        QVERIFY(m_window->selectUnit(QStringLiteral("UBND-15")));
        QString error;
        QVERIFY2(holdCongressOfEleven(m_workspace, m_window, &m_congress, &error), qPrintable(error));
        // The chi ủy round as the clerk set it up before the count: four names for three seats, eleven
        // ballots issued and collected, the figures typed so far only placeholders.
        Election committee;
        committee.congressId = m_congress.id;
        committee.office = ElectionOffice::Committee;
        committee.totalSeats = 3;
        ElectionRound round;
        round.number = 1;
        round.seats = 3;
        round.ballots = {11, 11, 11, 0};
        for (const QString &name : m_names)
            round.candidates.append({name, 0});
        committee.rounds.append(round);
        QVERIFY2(m_workspace->saveElection(&committee, &error), qPrintable(error));
        QVERIFY(showWindow(m_window, QSize(1280, 800)));
        m_panel = m_window->findChild<ElectionPanel *>();
        QVERIFY(m_panel);
        QVERIFY(clickTab(m_window, m_panel));
        QVERIFY(m_panel->isVisible());
    }
    void cleanupTestCase() { delete m_window; }

    void choosingCountByBallotLocksTheFigures()
    {
        auto *choice = panelChild<QCheckBox>("countBallotsCheck");
        QVERIFY(choice);
        QVERIFY(!choice->isChecked());
        QVERIFY(!panelChild<QSpinBox>("validSpin")->isReadOnly());
        QTest::mouseClick(choice, Qt::LeftButton);
        settle();
        QVERIFY(choice->isChecked());
        const BallotCounting counting = storedCounting();
        QVERIFY(counting.chosen);
        QCOMPARE(counting.batchSize, 50);
        // Valid, invalid and votes now come from the count; issued and collected stay the clerk's.
        QVERIFY(panelChild<QSpinBox>("validSpin")->isReadOnly());
        QVERIFY(panelChild<QSpinBox>("invalidSpin")->isReadOnly());
        QVERIFY(!panelChild<QSpinBox>("collectedSpin")->isReadOnly());
        auto *table = panelChild<QTableView>("candidateTable");
        QVERIFY(!(table->model()->flags(table->model()->index(0, RoundCandidatesModel::VotesColumn)) &
                  Qt::ItemIsEditable));
        // Nothing entered yet: the round waits for its batches instead of refusing the figures.
        auto *progress = panelChild<QLabel>("ballotProgressLabel");
        QVERIFY2(!progress->text().isEmpty(), qPrintable(progress->text()));
        QVERIFY2(!m_panel->resultText().contains(QStringLiteral("Not saved")),
                 qPrintable(m_panel->resultText()));

        QTest::mouseClick(panelChild<QPushButton>("openBallotEntryButton"), Qt::LeftButton);
        settle();
        m_entry = m_panel->findChild<BallotEntryWindow *>();
        QVERIFY(m_entry);
        QVERIFY(QTest::qWaitForWindowExposed(m_entry));
    }

    void firstEntryByKeyboard()
    {
        typeInto(entryChild<QLineEdit>("operatorEdit"), QStringLiteral("Nguyễn Thị Hoa"));
        QVERIFY2(positionText().contains(QStringLiteral("1")), qPrintable(positionText()));
        // The ballot as printed: the four names in list order.
        auto *ballot = entryChild<QTableView>("ballotSheet");
        QCOMPARE(ballot->model()->rowCount(), 4);
        QVERIFY(ballot->model()->index(2, 1).data().toString().contains(m_names.at(2)));
        keyBallot({4});
        // A clean ballot 2 follows, and the running count says one is in.
        QCOMPARE(m_entry->ballotNumber(), 2);
        QCOMPARE(m_entry->enteredCount(), 1);
        QVERIFY(!ballot->model()->index(3, 1).data(Qt::FontRole).value<QFont>().strikeOut());
        // The rest of the batch.
        for (int i = 2; i <= 5; ++i)
            keyBallot({4});
        keyBallot({3});
        keyBallot({3});
        keyBallot({3});
        sheet()->setFocus();
        QTest::keyClick(sheet(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(sheet(), Qt::Key_Down);
        QTest::keyClick(sheet(), Qt::Key_Space);
        // Struck shows the name struck through before it is saved.
        QVERIFY(ballot->model()->index(1, 1).data(Qt::FontRole).value<QFont>().strikeOut());
        QTest::keyClick(sheet(), Qt::Key_Return);
        settle();
        auto *reason = entryChild<QComboBox>("invalidReasonCombo");
        reason->setFocus();
        while (reason->currentData().toString() != QStringLiteral("marked"))
            QTest::keyClick(reason, Qt::Key_Down);
        QTest::keyClick(reason, Qt::Key_Return);
        settle();
        keyBallot({});
        QCOMPARE(m_entry->enteredCount(), 11);
        QCOMPARE(entryChild<QListWidget>("enteredBallotsList")->count(), 11);
        QVERIFY2(positionText().contains(QStringLiteral("11/11")), qPrintable(positionText()));

        const BallotCounting counting = storedCounting();
        QCOMPARE(counting.batches.value(1).size(), 1);
        const BallotPass first = counting.batches.value(1).first();
        QCOMPARE(first.operatorName, QStringLiteral("Nguyễn Thị Hoa"));
        QCOMPARE(first.ballots.size(), 11);
        QCOMPARE(first.ballots.at(0).marks, QStringLiteral("KKKS"));
        QCOMPARE(first.ballots.at(8).marks, QStringLiteral("KSKK"));
        QVERIFY(first.ballots.at(9).declaredInvalid == BallotInvalidReason::Marked);
        QCOMPARE(first.ballots.at(10).marks, QStringLiteral("KKKK"));
        // One entry is not a count: the batch waits for its second entry.
        QVERIFY2(comparisonText().contains(QStringLiteral("1")), qPrintable(comparisonText()));
        QCOMPARE(storedCommittee().rounds.first().ballots.valid, 11);
    }

    void sameOperatorMayNotEnterTheBatchAgain()
    {
        auto *pass = entryChild<QSpinBox>("passSpin");
        typeNumber(pass, 2);
        settle();
        QCOMPARE(m_entry->ballotNumber(), 1);
        keyBallot({4});
        auto *bar = entryChild<MessageBar>("ballotMessageBar");
        QVERIFY(bar->isVisible());
        QVERIFY2(!bar->text().isEmpty(), qPrintable(bar->text()));
        QCOMPARE(storedCounting().batches.value(1).size(), 1);
        QCOMPARE(m_entry->enteredCount(), 0);
        // The refused ballot stays on screen as keyed, to be saved once the right operator is named.
        QCOMPARE(m_entry->ballotNumber(), 1);
        auto *ballot = entryChild<QTableView>("ballotSheet");
        QVERIFY(ballot->model()->index(3, 1).data(Qt::FontRole).value<QFont>().strikeOut());
    }

    void secondEntryShowsTheDifference()
    {
        typeInto(entryChild<QLineEdit>("operatorEdit"), QStringLiteral("Trần Văn Nam"));
        QCOMPARE(m_entry->ballotNumber(), 1);
        keyBallot({}); // ballot 1, Dung struck before the refusal
        QVERIFY2(entryChild<MessageBar>("ballotMessageBar")->isHidden(),
                 qPrintable(entryChild<MessageBar>("ballotMessageBar")->text()));
        keyRestOfBatch(true);
        QCOMPARE(m_entry->enteredCount(), 11);
        const BallotCounting counting = storedCounting();
        QCOMPARE(counting.batches.value(1).size(), 2);
        QCOMPARE(counting.batches.value(1).at(1).operatorName, QStringLiteral("Trần Văn Nam"));
        // Ballot 7: the first entry struck Cường and kept Dung, the second the other way round.
        const QString text = comparisonText();
        QVERIFY2(text.contains(cuong7()), qPrintable(text + QLatin1Char('\n') + cuong7()));
        // A disputed batch does not count: the round still waits and keeps the clerk's figures.
        QCOMPARE(storedCommittee().rounds.first().ballots.valid, 11);
        QVERIFY2(!m_panel->resultText().contains(QStringLiteral("Not saved")),
                 qPrintable(m_panel->resultText()));
    }

    void correctingTheBallotAgreesTheBatchAndFillsTheRound()
    {
        // The operator reopens ballot 7 of the entry from the list and keys it again.
        auto *list = entryChild<QListWidget>("enteredBallotsList");
        clickCell(list, list->model()->index(6, 0));
        settle();
        QCOMPARE(m_entry->ballotNumber(), 7);
        auto *ballot = entryChild<QTableView>("ballotSheet");
        QVERIFY(ballot->model()->index(3, 1).data(Qt::FontRole).value<QFont>().strikeOut());
        keyBallot({3, 4});
        const BallotCounting counting = storedCounting();
        QCOMPARE(counting.corrections.value(1).size(), 1);
        QCOMPARE(counting.corrections.value(1).first().after.marks, QStringLiteral("KKSK"));
        // The batch is agreed and the entry goes on after its last ballot.
        QCOMPARE(m_entry->ballotNumber(), 12);
        QVERIFY2(!comparisonText().contains(cuong7()), qPrintable(comparisonText()));

        // The round on the elections page shows the count: 9 valid, 2 invalid; An 9, Bình 8, Cường 6, Dung 4.
        settle();
        QCOMPARE(panelChild<QSpinBox>("validSpin")->value(), 9);
        QCOMPARE(panelChild<QSpinBox>("invalidSpin")->value(), 2);
        QCOMPARE(voteCell(0), QStringLiteral("9"));
        QCOMPARE(voteCell(1), QStringLiteral("8"));
        QCOMPARE(voteCell(2), QStringLiteral("6"));
        QCOMPARE(voteCell(3), QStringLiteral("4"));
        QVERIFY2(m_panel->resultText().contains(QStringLiteral("Elected in this round")),
                 qPrintable(m_panel->resultText()));
        // And the database holds them, so the biên bản and the committee follow.
        const ElectionRound saved = storedCommittee().rounds.first();
        QCOMPARE(saved.ballots.issued, 11);
        QCOMPARE(saved.ballots.collected, 11);
        QCOMPARE(saved.ballots.valid, 9);
        QCOMPARE(saved.ballots.invalid, 2);
        // The list is the printed ballot now: no name is added, removed or renamed.
        auto *table = panelChild<QTableView>("candidateTable");
        QVERIFY(!(table->model()->flags(table->model()->index(0, RoundCandidatesModel::NameColumn)) &
                  Qt::ItemIsEditable));
        clickCell(table, table->model()->index(3, RoundCandidatesModel::NameColumn));
        for (QPushButton *button : m_panel->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Remove candidate"))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        settle();
        QCOMPARE(table->model()->rowCount(), 4);
        bool refused = false;
        for (MessageBar *bar : m_window->findChildren<MessageBar *>())
            refused = refused || (bar->isVisible() && bar->text().contains(QStringLiteral("4")));
        QVERIFY(refused);
        QList<int> votes;
        for (const CandidateVotes &candidate : saved.candidates)
            votes.append(candidate.votes);
        QCOMPARE(votes, QList<int>({9, 8, 6, 4}));
    }

    void undoneCountIsOfferedForSavingAgain()
    {
        // Undo takes the saved round back to the figures before the last ballot; the page shows the count
        // and offers to save it, rather than a saved round that silently differs.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        auto *save = panelChild<QPushButton>("saveCountButton");
        QVERIFY(!save->isVisible());
        auto *undoAction = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        QWidget *undo = nullptr;
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            undo = undo ? undo : bar->widgetForAction(undoAction);
        QVERIFY(undo);
        QTest::mouseClick(undo, Qt::LeftButton);
        settle();
        QCOMPARE(storedCommittee().rounds.first().ballots.valid, 11);
        QCOMPARE(panelChild<QSpinBox>("validSpin")->value(), 9);
        QVERIFY(save->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        settle();
        QCOMPARE(storedCommittee().rounds.first().ballots.valid, 9);
        QCOMPARE(storedCommittee().rounds.first().candidates.at(1).votes, 8);
        QVERIFY(!save->isVisible());
    }

    void entryLogSavesAsPdf()
    {
        // The Entry log button opens the documents dialog on the entry log, which saves it as PDF.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("entry-log.pdf"));
        bool saved = false;
        bool onTheLog = false;
        QTimer::singleShot(100, this, [&] {
            auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            onTheLog = dialog->kind() == ReportKind::BallotLog;
            ReportDialog::setNextFileName(pdf);
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("Save as P&DF…")) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    saved = true;
                }
            }
            dialog->reject();
        });
        QTest::mouseClick(entryChild<QPushButton>("printEntryLogButton"), Qt::LeftButton);
        QVERIFY(onTheLog);
        QVERIFY(saved);
        const QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        for (const QString &expected : {QStringLiteral("NHẬT KÝ NHẬP PHIẾU BẦU"), QStringLiteral("Nguyễn Thị Hoa"),
                                        QStringLiteral("Trần Văn Nam"), QStringLiteral("đã khớp")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text.left(3000)));
    }

    void hallScreenShowsTheCount()
    {
        QTest::mouseClick(entryChild<QPushButton>("openHallButton"), Qt::LeftButton);
        settle();
        auto *hall = m_panel->findChild<HallScreen *>(QStringLiteral("hallScreen"));
        QVERIFY(hall);
        QVERIFY(QTest::qWaitForWindowExposed(hall));
        const QStringList texts = hall->texts();
        QVERIFY2(texts.contains(m_names.at(1)), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("8")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("72,73")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QTest::keyClick(hall, Qt::Key_Escape);
        settle();
        QVERIFY(!m_panel->findChild<HallScreen *>(QStringLiteral("hallScreen")));
    }

    void listWithoutSurplusHasTwoBoxesPerName()
    {
        // The Bí thư from the chi ủy just elected: one name for one seat, so the ballot has the boxes
        // Agree and Disagree instead of names to strike.
        Election secretary;
        secretary.congressId = m_congress.id;
        secretary.office = ElectionOffice::Secretary;
        secretary.totalSeats = 1;
        ElectionRound round;
        round.seats = 1;
        round.ballots = {11, 11, 11, 0};
        round.candidates = {{m_names.at(0), 0}};
        secretary.rounds = {round};
        QString error;
        QVERIFY2(m_workspace->saveElection(&secretary, &error), qPrintable(error));
        settle();
        auto *elections = panelChild<QComboBox>("electionCombo");
        elections->setFocus();
        for (int i = 0; i < elections->count() &&
                        !elections->currentText().startsWith(Election::officeName(ElectionOffice::Secretary));
             ++i)
            QTest::keyClick(elections, Qt::Key_Down);
        QVERIFY(elections->currentText().startsWith(Election::officeName(ElectionOffice::Secretary)));
        auto *choice = panelChild<QCheckBox>("countBallotsCheck");
        QVERIFY(!choice->isChecked());
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Space);
        settle();
        QVERIFY(choice->isChecked());
        QTest::mouseClick(panelChild<QPushButton>("openBallotEntryButton"), Qt::LeftButton);
        settle();
        QCOMPARE(m_panel->findChildren<BallotEntryWindow *>().size(), 1);
        QCOMPARE(m_entry->roundNumber(), 1);
        QCOMPARE(m_entry->ballotNumber(), 1);
        auto *ballot = entryChild<QTableView>("ballotSheet");
        QCOMPARE(ballot->model()->rowCount(), 1);
        QCOMPARE(ballot->model()->columnCount(), 4);
        const auto boxes = [ballot] {
            return QString::number(ballot->model()->index(0, 2).data(Qt::CheckStateRole).toInt() ==
                                   Qt::Checked) +
                   QString::number(ballot->model()->index(0, 3).data(Qt::CheckStateRole).toInt() ==
                                   Qt::Checked);
        };
        // A clean ballot has neither box; the key cycles agree, disagree, both, neither.
        QCOMPARE(boxes(), QStringLiteral("00"));
        sheet()->setFocus();
        QTest::keyClick(sheet(), Qt::Key_1);
        QCOMPARE(boxes(), QStringLiteral("10"));
        QTest::keyClick(sheet(), Qt::Key_Space);
        QCOMPARE(boxes(), QStringLiteral("01"));
        QTest::keyClick(sheet(), Qt::Key_1);
        QCOMPARE(boxes(), QStringLiteral("11"));
        QTest::keyClick(sheet(), Qt::Key_1);
        QCOMPARE(boxes(), QStringLiteral("00"));
        keyBallot({1});
        keyBallot({1, 1});
        QCOMPARE(m_entry->enteredCount(), 2);
        BallotCounting counting;
        QVERIFY(BallotRepository(m_workspace->database().connection())
                    .load(m_entry->electionId(), 1, &counting, &error));
        QCOMPARE(counting.batches.value(1).first().ballots.at(0).marks, QStringLiteral("A"));
        QCOMPARE(counting.batches.value(1).first().ballots.at(1).marks, QStringLiteral("D"));
    }

private:
    // Ballot 7's difference over Cường: the first entry struck him, the second kept him.
    QString cuong7()
    {
        BallotMismatch cuong;
        cuong.batch = 1;
        cuong.number = 7;
        cuong.candidate = 2;
        cuong.says = {QStringLiteral("S"), QStringLiteral("K")};
        cuong.passes = {1, 2};
        return cuong.describe(m_names);
    }
};

QTEST_MAIN(TestBallotEntry)
#include "tst_ballot_entry.moc"
