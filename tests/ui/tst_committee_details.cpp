#include "ClerkInput.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "models/CommitteeTableModel.h"
#include "services/CommitteeService.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "widgets/CompositionView.h"

#include <QApplication>
#include <QTableView>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A newly elected "Lê Thị Hoa" is not counted as a man: her gender and ethnicity are unknown, Nữ is proposed
// from her middle name, the composition counts her apart and warns, and the clerk confirms by keyboard.
class TestCommitteeDetails : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    qint64 m_congressId = 0;

    static Congress congressOf(QSqlDatabase db, const QString &code)
    {
        Unit unit;
        Term term;
        Congress congress;
        QString error;
        UnitRepository(db).byCode(code, &unit, &error);
        TermRepository(db).byYears(2022, 2025, &term, &error);
        CongressRepository(db).find(unit.id, term.id, &congress, &error);
        return congress;
    }
    CommitteeMember stored(const QString &name)
    {
        QList<CommitteeMember> members;
        QString error;
        CommitteeRepository(m_workspace->database().connection()).members(m_congressId, &members, &error);
        for (const CommitteeMember &member : members) {
            if (member.person.fullName == name)
                return member;
        }
        return {};
    }
    QTableView *table() { return m_window->findChild<QTableView *>(QStringLiteral("committeeTable")); }
    CompositionView *composition(const char *page)
    {
        return m_window->findChild<QWidget *>(QLatin1String(page))->findChild<CompositionView *>();
    }
    int rowOf(const QString &name)
    {
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, CommitteeTableModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }
    // Clicks the cell, then edits it from the keyboard: Enter opens the editor, the keys, Enter.
    void editCell(int row, int column, const QString &keys)
    {
        QTableView *view = table();
        const QModelIndex index = view->model()->index(row, column);
        view->scrollTo(index);
        view->setFocus();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex(), index);
        QTest::keyClick(view, Qt::Key_Return);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != view);
        if (!keys.isEmpty())
            QTest::keyClicks(editor, keys);
        QTest::keyClick(editor, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.openDemo());
        // The 2022 chi ủy of VH-03 elects "Lê Thị Hoa" in place of its third member, who holds no office.
        QSqlDatabase db = m_test.connection();
        const Congress congress = congressOf(db, QStringLiteral("VH-03"));
        m_congressId = congress.id;
        QList<Election> elections;
        QString error;
        QVERIFY(ElectionRepository(db).forCongress(congress.id, &elections, &error));
        QStringList officers;
        for (const Election &election : elections) {
            if (election.office != ElectionOffice::Committee)
                for (const Election::Winner &winner : election.winners(election.tally(congress)))
                    officers.append(winner.name);
        }
        bool renamed = false;
        for (Election election : elections) {
            if (election.office != ElectionOffice::Committee)
                continue;
            QString replaced;
            for (const Election::Winner &winner : election.winners(election.tally(congress))) {
                if (!officers.contains(winner.name))
                    replaced = winner.name;
            }
            QVERIFY(!replaced.isEmpty());
            for (ElectionRound &round : election.rounds) {
                for (CandidateVotes &candidate : round.candidates) {
                    if (candidate.name == replaced)
                        candidate.name = QStringLiteral("Lê Thị Hoa");
                }
            }
            QVERIFY2(CommitteeService(db).saveElection(&election, &error), qPrintable(error));
            renamed = true;
        }
        QVERIFY(renamed);

        QVERIFY(openWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(showWindow(m_window, QSize(1400, 900)));
    }
    void cleanupTestCase() { delete m_window; }

    void newMemberIsUnknownWithAProposal()
    {
        const CommitteeMember hoa = stored(QStringLiteral("Lê Thị Hoa"));
        QVERIFY(hoa.id > 0);
        QCOMPARE(Person::genderKey(hoa.person.gender), QStringLiteral("")); // unknown, not "male"
        QVERIFY(hoa.person.ethnicity.isEmpty());

        // The progress page of the ward counts her apart and warns.
        QVERIFY(m_window->selectUnit(QStringLiteral("VH")));
        QVERIFY(m_window->showPage(QStringLiteral("progress")));
        CompositionView *progress = composition("progress");
        QVERIFY2(progress->text().contains(QStringLiteral("unknown: 1")), qPrintable(progress->text()));
        QVERIFY2(progress->text().contains(QStringLiteral("not recorded for 1 of")), qPrintable(progress->text()));

        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        QVERIFY(m_window->showPage(QStringLiteral("committee")));
        const int row = rowOf(QStringLiteral("Lê Thị Hoa"));
        QVERIFY(row >= 0);
        const QModelIndex gender = table()->model()->index(row, CommitteeTableModel::GenderColumn);
        QCOMPARE(gender.data().toString(), QStringLiteral("Female? (proposed)"));
        QVERIFY(gender.data(Qt::FontRole).value<QFont>().italic());
        CompositionView *committee = composition("committee");
        // Women, men and ethnic minority each say one is unknown; one warning names what is missing.
        QCOMPARE(committee->text().count(QStringLiteral("unknown: 1")), 3);
        QVERIFY2(committee->text().contains(QStringLiteral("Gender or ethnicity not recorded for 1 of 3 members")),
                 qPrintable(committee->text()));
    }

    void clerkConfirmsByKeyboard()
    {
        CompositionView *committee = composition("committee");
        auto women = [this]() {
            QList<CommitteeMember> members;
            QString error;
            CommitteeRepository(m_workspace->database().connection()).members(m_congressId, &members, &error);
            int count = 0;
            for (const CommitteeMember &member : members)
                count += member.person.gender == Gender::Female ? 1 : 0;
            return count;
        };
        const int womenBefore = women();

        // Enter opens the gender editor on the proposal; Enter again confirms it.
        editCell(rowOf(QStringLiteral("Lê Thị Hoa")), CommitteeTableModel::GenderColumn, QString());
        QTRY_COMPARE(stored(QStringLiteral("Lê Thị Hoa")).person.gender, Gender::Female);
        QCOMPARE(women(), womenBefore + 1);
        QTRY_COMPARE(committee->text().count(QStringLiteral("unknown: 1")), 1); // only the ethnicity now
        QCOMPARE(table()->model()->index(rowOf(QStringLiteral("Lê Thị Hoa")), CommitteeTableModel::GenderColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Female"));
        QVERIFY(committee->text().contains(QStringLiteral("not recorded for 1 of 3"))); // the ethnicity is missing

        editCell(rowOf(QStringLiteral("Lê Thị Hoa")), CommitteeTableModel::EthnicityColumn, QStringLiteral("Kinh"));
        QTRY_COMPARE(stored(QStringLiteral("Lê Thị Hoa")).person.ethnicity, QStringLiteral("Kinh"));
        QTRY_VERIFY2(!committee->text().contains(QStringLiteral("not recorded")), qPrintable(committee->text()));
        QVERIFY2(!committee->text().contains(QStringLiteral("unknown")), qPrintable(committee->text()));
        QVERIFY2(committee->text().contains(QStringLiteral("<td>Women</td><td style='padding-left:16px'><b>%1 (")
                                                .arg(womenBefore + 1)),
                 qPrintable(committee->text()));

        QVERIFY(m_window->selectUnit(QStringLiteral("VH")));
        QVERIFY(m_window->showPage(QStringLiteral("progress")));
        QVERIFY2(!composition("progress")->text().contains(QStringLiteral("not recorded")),
                 qPrintable(composition("progress")->text()));
    }

    void moreMembersThanSeatsWarns()
    {
        // "Lê Thi Hoa" typed for "Lê Thị Hoa" once added a fourth member; whatever adds one, the page says so.
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        QVERIFY(m_window->showPage(QStringLiteral("committee")));
        QList<CommitteeMember> members;
        QString error;
        CommitteeRepository(m_workspace->database().connection()).members(m_congressId, &members, &error);
        QCOMPARE(members.size(), 3);
        CommitteeMember extra;
        extra.person.fullName = QStringLiteral("Lê Thi Hoa");
        extra.person.gender = Gender::Female;
        extra.person.ethnicity = QStringLiteral("Kinh");
        members.append(extra);
        QVERIFY2(m_workspace->replaceCommittee(m_congressId, &members, &error), qPrintable(error));
        CompositionView *committee = composition("committee");
        QTRY_VERIFY2(committee->text().contains(QStringLiteral("4 members are recorded for 3 seats")),
                     qPrintable(committee->text()));
    }
};

QTEST_MAIN(TestCommitteeDetails)
#include "tst_committee_details.moc"
