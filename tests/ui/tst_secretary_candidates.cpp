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

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;

using namespace daihoi::test;

// Where a chi ủy was elected, the clerk picks the Bí thư and Phó Bí thư from its members; a
// misspelt name is refused with the rule and never becomes a fourth member (issue 12, item 2).
class TestSecretaryCandidates : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    ElectionPanel *m_panel = nullptr;
    Congress m_congress;

    QSqlDatabase db() { return m_workspace->database().connection(); }
    Election stored(ElectionOffice office)
    {
        QList<Election> elections;
        QString error;
        ElectionRepository(db()).forCongress(m_congress.id, &elections, &error);
        for (const Election &election : elections) {
            if (election.office == office)
                return election;
        }
        return {};
    }
    QList<CommitteeMember> committee()
    {
        QList<CommitteeMember> members;
        QString error;
        CommitteeRepository(db()).members(m_congress.id, &members, &error);
        return members;
    }
    QTableView *table() { return m_panel->findChild<QTableView *>(QStringLiteral("candidateTable")); }
    QString resultText() { return m_panel->findChild<QLabel *>(QStringLiteral("roundResultLabel"))->text(); }
    QString undoText() { return m_window->findChild<QAction *>(QStringLiteral("undoAction"))->text(); }
    QPushButton *button(const QString &text)
    {
        for (QPushButton *b : m_panel->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }
    // The editor the clerk is typing into (the focus may sit on its inner line edit).
    template <typename T> T *focused()
    {
        QWidget *widget = QApplication::focusWidget();
        while (widget && !qobject_cast<T *>(widget))
            widget = widget->parentWidget();
        return qobject_cast<T *>(widget);
    }
    void type(const char *name, int value)
    {
        typeInto(m_panel->findChild<QSpinBox *>(QLatin1String(name)), QString::number(value));
    }
    // The clerk moves down the election list with the arrow key until the office shows.
    void chooseElection(const QString &officeName)
    {
        auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("electionCombo"));
        combo->setFocus();
        for (int i = 0; i < combo->count() && !combo->currentText().startsWith(officeName); ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QVERIFY2(combo->currentText().startsWith(officeName), qPrintable(combo->currentText()));
        settle();
    }
    // A first round with every ballot valid, as the counting board's minutes read.
    void startRound()
    {
        QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("addRoundButton")),
                          Qt::LeftButton);
        type("issuedSpin", 11);
        type("collectedSpin", 11);
        type("validSpin", 11);
        type("invalidSpin", 0);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2017-2020")));
        // UBND-15 has a congress record and no elections: 12 official members elect a chi ủy of 3.
        QVERIFY(m_window->selectUnit(QStringLiteral("UBND-15")));
        QString error;
        QVERIFY2(holdCongressOfEleven(m_workspace, m_window, &m_congress, &error), qPrintable(error));
        Election chiUy;
        chiUy.congressId = m_congress.id;
        chiUy.office = ElectionOffice::Committee;
        chiUy.totalSeats = 3;
        ElectionRound round;
        round.seats = 3;
        round.ballots = {11, 11, 11, 0};
        round.candidates = {{QStringLiteral("Nguyễn Văn An"), 10},
                            {QStringLiteral("Lê Thị Hoa"), 9},
                            {QStringLiteral("Trần Văn Bình"), 8},
                            {QStringLiteral("Phạm Thị Dung"), 5}};
        chiUy.rounds = {round};
        QVERIFY2(m_workspace->saveElection(&chiUy, &error), qPrintable(error));
        for (ElectionOffice office : {ElectionOffice::Secretary, ElectionOffice::DeputySecretary}) {
            Election election;
            election.congressId = m_congress.id;
            election.office = office;
            election.totalSeats = 1;
            QVERIFY2(m_workspace->saveElection(&election, &error), qPrintable(error));
        }
        QCOMPARE(committee().size(), 3);

        QVERIFY(showWindow(m_window, QSize(1280, 800)));
        m_panel = m_window->findChild<ElectionPanel *>();
        QVERIFY(m_panel);
        QVERIFY(clickTab(m_window, m_panel));
        QVERIFY(m_panel->isVisible());
    }
    void cleanupTestCase() { delete m_window; }

    void misspeltSecretaryIsRefusedWithTheRule()
    {
        chooseElection(QStringLiteral("Secretary"));
        startRound();
        const int undoCount = m_workspace->undoStack()->count();
        QTest::mouseClick(button(QStringLiteral("Add &candidate")), Qt::LeftButton);
        settle();
        // The name cell offers the elected chi ủy, and the clerk may still type.
        auto *editor = focused<QComboBox>();
        QVERIFY2(editor, QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                                     : "none");
        QCOMPARE(editor->count(), 3);
        QCOMPARE(editor->itemText(1), QStringLiteral("Lê Thị Hoa"));
        typeText(editor, QStringLiteral("Lê Thi Hoa"));
        QTest::keyClick(editor, Qt::Key_Return);
        settle();

        QCOMPARE(table()->model()->index(0, RoundCandidatesModel::NameColumn).data().toString(),
                 QStringLiteral("Lê Thi Hoa"));
        QVERIFY2(
            resultText().contains(QStringLiteral("Lê Thi Hoa is not an elected member of the executive "
                                                 "committee; the secretary is elected from its members")),
            qPrintable(resultText()));
        // Nobody shows as elected while the election is refused.
        QCOMPARE(table()->model()->index(0, RoundCandidatesModel::StatusColumn).data().toString(), QString());
        QVERIFY(stored(ElectionOffice::Secretary).rounds.isEmpty());
        QCOMPARE(m_workspace->undoStack()->count(), undoCount);
        QCOMPARE(committee().size(), 3);
    }

    void secretaryPickedByKeyboardIsSaved()
    {
        // Back on the name cell: typing the first letters opens it, and Enter takes the completion.
        keyToCell(table(), 0, RoundCandidatesModel::NameColumn);
        QCOMPARE(table()->currentIndex(), table()->model()->index(0, RoundCandidatesModel::NameColumn));
        QTest::keyClick(table(), 'l');
        auto *editor = focused<QComboBox>();
        QVERIFY(editor);
        typeText(editor, QStringLiteral("ê t"));
        QVERIFY2(editor->currentText().compare(QStringLiteral("Lê Thị Hoa"), Qt::CaseInsensitive) == 0,
                 qPrintable(editor->currentText()));
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        const Election secretary = stored(ElectionOffice::Secretary);
        QCOMPARE(secretary.rounds.size(), 1);
        // Stored as the committee spells the name.
        QCOMPARE(secretary.rounds.first().candidates.first().name, QStringLiteral("Lê Thị Hoa"));
        QVERIFY2(undoText().contains(QStringLiteral("Add candidate Lê Thị Hoa")), qPrintable(undoText()));
        QVERIFY2(undoText().contains(QStringLiteral("Secretary")), qPrintable(undoText()));

        // Votes: the arrow to the next cell, the number, Enter.
        QTest::keyClick(table(), Qt::Key_Right);
        QTest::keyClick(table(), Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        QCOMPARE(stored(ElectionOffice::Secretary).rounds.first().candidates.first().votes, 11);
        QVERIFY2(undoText().contains(QStringLiteral("Votes of Lê Thị Hoa: 0 → 11")), qPrintable(undoText()));
        const QList<CommitteeMember> members = committee();
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.first().person.fullName, QStringLiteral("Lê Thị Hoa"));
        QCOMPARE(members.first().role, CommitteeRole::Secretary);
    }

    void voteEditorFitsItsCell()
    {
        keyToCell(table(), 0, RoundCandidatesModel::VotesColumn);
        QCOMPARE(table()->currentIndex(), table()->model()->index(0, RoundCandidatesModel::VotesColumn));
        QTest::keyClick(table(), Qt::Key_1);
        auto *spin = focused<QSpinBox>();
        QVERIFY(spin);
        auto *line = spin->findChild<QLineEdit *>();
        QVERIFY(line);
        // The editor is as large as it asks to be, and a five-digit count is readable in it.
        QVERIFY2(spin->width() >= spin->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2").arg(spin->width()).arg(spin->sizeHint().width())));
        QVERIFY2(
            spin->height() >= spin->minimumSizeHint().height(),
            qPrintable(QStringLiteral("%1 < %2").arg(spin->height()).arg(spin->minimumSizeHint().height())));
        QVERIFY(line->width() >= line->fontMetrics().horizontalAdvance(QStringLiteral("99999")));
        QVERIFY(line->height() >= line->fontMetrics().height());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        settle();
    }

    void deputyPickedWithTheArrowKeys()
    {
        chooseElection(QStringLiteral("Deputy secretary"));
        startRound();
        QTest::mouseClick(button(QStringLiteral("Add &candidate")), Qt::LeftButton);
        settle();
        auto *editor = focused<QComboBox>();
        QVERIFY(editor);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(editor, Qt::Key_Down);
        QCOMPARE(editor->currentText(), QStringLiteral("Trần Văn Bình"));
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QCOMPARE(stored(ElectionOffice::DeputySecretary).rounds.first().candidates.first().name,
                 QStringLiteral("Trần Văn Bình"));
        QVERIFY2(undoText().contains(QStringLiteral("Add candidate Trần Văn Bình")), qPrintable(undoText()));
        QCOMPARE(committee().size(), 3);
    }

    // Whatever saves an election (an import tool, a script), the service refuses as the panel does.
    void serviceRefusesWhatThePanelRefuses()
    {
        Election secretary = stored(ElectionOffice::Secretary);
        secretary.rounds[0].candidates[0].name = QStringLiteral("Lê Thi Hoa");
        QString error;
        QVERIFY(!m_workspace->saveElection(&secretary, &error));
        QVERIFY2(error.contains(QStringLiteral("Lê Thi Hoa is not an elected member")), qPrintable(error));
        // A chi ủy change that would leave the recorded Bí thư outside it is refused, naming the Bí thư.
        Election chiUy = stored(ElectionOffice::Committee);
        chiUy.rounds[0].candidates[1].votes = 4;
        QVERIFY(!m_workspace->saveElection(&chiUy, &error));
        QVERIFY2(error.contains(QStringLiteral("Secretary")) && error.contains(QStringLiteral("Lê Thị Hoa")),
                 qPrintable(error));
        QCOMPARE(committee().size(), 3);
        QCOMPARE(stored(ElectionOffice::Secretary).rounds.first().candidates.first().name,
                 QStringLiteral("Lê Thị Hoa"));
    }
};

QTEST_MAIN(TestSecretaryCandidates)
#include "tst_secretary_candidates.moc"
