#include "ClerkInput.h"
#include "CommitteePanel.h"
#include "CongressPanel.h"
#include "ElectionPanel.h"
#include "MainWindow.h"
#include "PdfText.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "models/CommitteeTableModel.h"
#include "models/RoundCandidatesModel.h"
#include "reports/ReportDialog.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// "A clerk records UBND-15": from the demo, by keyboard (and a click where a clerk clicks), the last
// chi bộ of the district office holds its congress, elects its chi ủy, Bí thư and Phó Bí thư, completes
// its members' details; the committee then reads 15/15 and the congress report prints what was typed.
class TestClerkRecordsCongress : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    QTemporaryDir m_dir;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    QSqlDatabase db() { return m_workspace->database().connection(); }
    QList<CommitteeMember> committee()
    {
        QList<CommitteeMember> members;
        QString error;
        CommitteeRepository(db()).members(storedCongress(m_workspace, m_window).id, &members, &error);
        return members;
    }
    template <typename T> T *child(const char *name)
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no widget named %s", name);
        return found;
    }
    void openTab(QWidget *page)
    {
        QVERIFY(clickTab(m_window, page));
        settle();
        QVERIFY(page->isVisible());
    }
    // Ctrl+F, the unit's code, Enter: the search opens the unit.
    void goToUnit(const QString &code)
    {
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        QWidget *search = QApplication::focusWidget();
        QVERIFY(search);
        QCOMPARE(search->objectName(), QStringLiteral("searchEdit"));
        QTest::keyClicks(search, code);
        QTest::keyClick(search, Qt::Key_Return);
        settle();
        QCOMPARE(m_window->currentUnit().code, code);
    }
    // "New election" opens its menu; the first office not yet elected is one Down away.
    void newElection(const QString &officeName)
    {
        auto *panel = m_window->findChild<ElectionPanel *>();
        QToolButton *button = nullptr;
        for (QToolButton *candidate : panel->findChildren<QToolButton *>()) {
            if (candidate->text() == QStringLiteral("&New election"))
                button = candidate;
        }
        QVERIFY(button);
        QString chosen;
        QTimer::singleShot(50, this, [&chosen] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QTest::keyClick(menu, Qt::Key_Down);
            chosen = menu->activeAction() ? menu->activeAction()->text() : QString();
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
        QCOMPARE(chosen, officeName);
    }
    // The round's ballots off the counting board's minutes; the new round has put the focus on Issued.
    void typeBallots(int issued, int collected, int valid, int invalid)
    {
        const QList<QPair<const char *, int>> fields = {
            {"issuedSpin", issued}, {"collectedSpin", collected}, {"validSpin", valid}, {"invalidSpin", invalid}};
        for (const auto &[name, value] : fields)
            typeInto(child<QSpinBox>(name), QString::number(value));
    }
    QTableView *candidateTable() { return child<QTableView>("candidateTable"); }
    // "Add candidate", the name (typed, or the first letters of a committee member and Enter), then
    // the arrow to the votes, the number and Enter.
    void addCandidate(const QString &name, int votes)
    {
        auto *panel = m_window->findChild<ElectionPanel *>();
        QPushButton *add = nullptr;
        for (QPushButton *button : panel->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Add &candidate"))
                add = button;
        }
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        settle();
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != candidateTable());
        typeText(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QTableView *table = candidateTable();
        const int row = table->model()->rowCount() - 1;
        QCOMPARE(table->model()->index(row, RoundCandidatesModel::NameColumn).data().toString(), name);
        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, RoundCandidatesModel::VotesColumn)).center());
        const QString digits = QString::number(votes);
        QTest::keyClick(table, digits.at(0).toLatin1());
        for (int i = 1; i < digits.size(); ++i)
            QTest::keyClick(QApplication::focusWidget(), digits.at(i).toLatin1());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
    }
    // Clicks a cell of the committee table, Enter opens its editor, the keys, Enter.
    void editMember(const QString &name, int column, const std::function<void(QWidget *)> &keys)
    {
        auto *view = child<QTableView>("committeeTable");
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, CommitteeTableModel::NameColumn).data().toString() == name)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(name));
        const QModelIndex index = view->model()->index(row, column);
        view->scrollTo(index);
        view->setFocus();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QTest::keyClick(view, Qt::Key_Return);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != view);
        keys(editor);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(showWindow(m_window, QSize(1280, 800)));
    }
    void cleanupTestCase() { delete m_window; }

    void congressHeldWithItsAttendance()
    {
        goToUnit(QStringLiteral("UBND-15"));
        QCOMPARE(m_window->currentTerm().key(), QStringLiteral("2017-2020"));
        QCOMPARE(storedCongress(m_workspace, m_window).status, Congress::Status::Planned);
        openTab(m_window->findChild<CongressPanel *>());

        auto *status = child<QComboBox>("statusCombo");
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down); // Planned → Held
        QCOMPARE(status->currentText(), QStringLiteral("Held"));
        typeInto(child<QWidget>("heldFromEdit"), QStringLiteral("06/07/2017"));
        typeInto(child<QWidget>("heldToEdit"), QStringLiteral("6/7/2017"));
        typeInto(child<QSpinBox>("officialMembersSpin"), QStringLiteral("12"));
        typeInto(child<QSpinBox>("summonedSpin"), QStringLiteral("12"));
        typeInto(child<QSpinBox>("presentSpin"), QStringLiteral("11"));
        typeInto(child<QSpinBox>("absentWithReasonSpin"), QStringLiteral("1"));

        const Congress congress = storedCongress(m_workspace, m_window);
        QCOMPARE(congress.status, Congress::Status::Held);
        QCOMPARE(congress.heldFrom, QDate(2017, 7, 6));
        QCOMPARE(congress.heldTo, QDate(2017, 7, 6));
        QCOMPARE(congress.summoned, 12);
        QCOMPARE(congress.present, 11);
        QCOMPARE(congress.base(), 11);
        QCOMPARE(child<QLabel>("absentLabel")->text(), QStringLiteral("1"));
        QVERIFY2(child<QLabel>("quorumLabel")->text().startsWith(QStringLiteral("reached: 11/11")),
                 qPrintable(child<QLabel>("quorumLabel")->text()));
    }

    void chiUyElectedThreeOfFour()
    {
        openTab(m_window->findChild<ElectionPanel *>());
        newElection(QStringLiteral("Executive committee"));
        typeBallots(11, 11, 11, 0);
        addCandidate(QStringLiteral("Nguyễn Văn An"), 10);
        addCandidate(QStringLiteral("Lê Thị Hoa"), 9);
        addCandidate(QStringLiteral("Trần Văn Bình"), 8);
        addCandidate(QStringLiteral("Phạm Thị Dung"), 5);
        const QList<CommitteeMember> members = committee();
        QStringList names;
        for (const CommitteeMember &member : members)
            names.append(member.person.fullName);
        QCOMPARE(names, (QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Thị Hoa"),
                                     QStringLiteral("Trần Văn Bình")}));
    }

    void secretaryAndDeputyChosenFromTheChiUy()
    {
        newElection(QStringLiteral("Secretary"));
        typeBallots(11, 11, 11, 0);
        addCandidate(QStringLiteral("Lê Thị Hoa"), 11);
        newElection(QStringLiteral("Deputy secretary"));
        typeBallots(11, 11, 11, 0);
        addCandidate(QStringLiteral("Nguyễn Văn An"), 10);

        const QList<CommitteeMember> members = committee();
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.at(0).person.fullName, QStringLiteral("Lê Thị Hoa"));
        QCOMPARE(members.at(0).role, CommitteeRole::Secretary);
        QCOMPARE(members.at(0).roleVotes, 11);
        QCOMPARE(members.at(1).person.fullName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(members.at(1).role, CommitteeRole::DeputySecretary);
    }

    void membersDetailsCompleted()
    {
        openTab(m_window->findChild<CommitteePanel *>());
        // Nữ is proposed for "Lê Thị Hoa": Enter confirms it. The two men are chosen from the list.
        editMember(QStringLiteral("Lê Thị Hoa"), CommitteeTableModel::GenderColumn, [](QWidget *) {});
        for (const QString &man : {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Văn Bình")}) {
            editMember(man, CommitteeTableModel::GenderColumn, [](QWidget *editor) {
                auto *combo = qobject_cast<QComboBox *>(editor);
                QVERIFY(combo);
                while (combo->currentText() != QStringLiteral("Male") && combo->currentIndex() < combo->count() - 1)
                    QTest::keyClick(combo, Qt::Key_Down);
            });
        }
        const QList<QPair<QString, QString>> born = {{QStringLiteral("Lê Thị Hoa"), QStringLiteral("1980")},
                                                     {QStringLiteral("Nguyễn Văn An"), QStringLiteral("1975")},
                                                     {QStringLiteral("Trần Văn Bình"), QStringLiteral("1990")}};
        for (const auto &[name, year] : born) {
            editMember(name, CommitteeTableModel::EthnicityColumn,
                       [](QWidget *editor) { QTest::keyClicks(editor, QStringLiteral("Kinh")); });
            editMember(name, CommitteeTableModel::BirthYearColumn, [year = year](QWidget *editor) {
                QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(editor, year);
            });
        }
        int women = 0;
        for (const CommitteeMember &member : committee()) {
            QVERIFY2(member.person.gender != Gender::Unknown, qPrintable(member.person.fullName));
            QCOMPARE(member.person.ethnicity, QStringLiteral("Kinh"));
            QVERIFY(member.person.birthYear >= 1975);
            women += member.person.gender == Gender::Female ? 1 : 0;
        }
        QCOMPARE(women, 1);
    }

    void committeeReadsFifteenOfFifteen()
    {
        // Left in the tree goes up to the committee.
        auto *tree = child<QTreeView>("unitTree");
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Left);
        settle();
        QCOMPARE(m_window->currentUnit().code, QStringLiteral("UBND"));
        openTab(child<QWidget>("progress"));
        const QString headline = child<QLabel>("progressHeadline")->text();
        QVERIFY2(headline.startsWith(QStringLiteral("15/15")), qPrintable(headline));
    }

    void congressReportPrintsWhatWasTyped()
    {
        goToUnit(QStringLiteral("UBND-15"));
        const QString pdf = m_dir.filePath(QStringLiteral("UBND-15.pdf"));
        bool saved = false;
        QTimer::singleShot(100, this, [&] {
            auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ReportDialog::setNextFileName(pdf);
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("Save as P&DF…")) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    saved = true;
                }
            }
            dialog->reject();
        });
        QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(saved);
        const QString text = PdfText::text(pdf, 0, PdfText::Raw);
        for (const QString &expected :
             {QStringLiteral("BÁO CÁO"), QStringLiteral("Chi bộ Ban Quản lý dự án đầu tư xây dựng"),
              QStringLiteral("Lê Thị Hoa"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Văn Bình"),
              QStringLiteral("Ngày 6/7/2017"), QStringLiteral("Nữ: 1")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        // The votes of the chi ủy election, with their share of the base of 11.
        QVERIFY2(text.contains(QStringLiteral("90,91")) && text.contains(QStringLiteral("81,82")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestClerkRecordsCongress)
#include "tst_clerk_records_congress.moc"
