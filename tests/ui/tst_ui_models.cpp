#include "TestDatabase.h"
#include "Workspace.h"
#include "commands/AddUnitEdit.h"
#include "commands/MoveUnitEdit.h"
#include "domain/elections/RoundTally.h"
#include "models/CommitteeTableModel.h"
#include "models/GuestTableModel.h"
#include "models/HeldCongressModel.h"
#include "models/PendingCongressModel.h"
#include "models/RoundCandidatesModel.h"
#include "models/UnitTreeModel.h"
#include "services/DemoDatabaseBuilder.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;

class TestUiModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    void fetchAll(QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        while (model.canFetchMore(parent))
            model.fetchMore(parent);
        for (int row = 0; row < model.rowCount(parent); ++row)
            fetchAll(model, model.index(row, 0, parent));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        Database db;
        QString error;
        QVERIFY(db.openSqlite(m_path, &error));
        QVERIFY(DemoDatabaseBuilder::build(db.connection(), &error));
    }

    void unitTreeFetchesLazilyAndFollowsEdits()
    {
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(m_path, &error));
        UnitTreeModel model(&workspace);
        // Nothing is read until a view asks.
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex vh = model.indexOfUnit(model.unitAt(model.index(0, 0)).id);
        QCOMPARE(model.data(vh).toString(), QStringLiteral("Đảng bộ phường Việt Hưng"));
        QCOMPARE(model.data(model.index(0, UnitTreeModel::CodeColumn)).toString(), QStringLiteral("VH"));
        QVERIFY(model.hasChildren(vh));
        QCOMPARE(model.rowCount(vh), 0);
        model.fetchMore(vh);
        QCOMPARE(model.rowCount(vh), 23);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);

        const qint64 vhId = model.unitAt(vh).id;
        Unit added;
        added.parentId = vhId;
        added.code = QStringLiteral("VH-24");
        added.name = QStringLiteral("Chi bộ Tổ dân phố số 15");
        QVERIFY(workspace.run(new AddUnitEdit(&workspace, added)));
        QCOMPARE(model.rowCount(model.indexOfUnit(vhId)), 24);
        const Unit last = model.unitAt(model.index(23, 0, model.indexOfUnit(vhId)));
        QCOMPARE(last.code, QStringLiteral("VH-24"));

        // Move it to the UBND committee, then undo both edits.
        const qint64 ubndId = model.unitAt(model.index(1, 0)).id;
        QVERIFY(workspace.run(new MoveUnitEdit(&workspace, last.id, last.name, vhId, ubndId)));
        QCOMPARE(model.rowCount(model.indexOfUnit(vhId)), 23);
        QCOMPARE(model.rowCount(model.indexOfUnit(ubndId)), 16);
        workspace.undoStack()->undo();
        QCOMPARE(model.rowCount(model.indexOfUnit(vhId)), 24);
        QCOMPARE(model.rowCount(model.indexOfUnit(ubndId)), 15);
        workspace.undoStack()->undo();
        QCOMPARE(model.rowCount(model.indexOfUnit(vhId)), 23);
        workspace.undoStack()->redo();
        QCOMPARE(model.rowCount(model.indexOfUnit(vhId)), 24);
        QCOMPARE(model.unitAt(model.index(23, 0, model.indexOfUnit(vhId))).id, last.id);
    }

    void pendingListsTheUnitsNotYetHeld()
    {
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(m_path, &error));
        PendingCongressModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Unit ubnd;
        QVERIFY(UnitRepository(workspace.database().connection()).byCode(QStringLiteral("UBND"), &ubnd, &error));
        Term term;
        QVERIFY(TermRepository(workspace.database().connection()).byYears(2017, 2020, &term, &error));
        model.show(ubnd.id, term.id);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, 0)).toString().startsWith(
            QStringLiteral("Chi bộ Ban Quản lý dự án đầu tư xây dựng (UBND-15)")));
        QVERIFY(model.data(model.index(0, 0)).toString().contains(QStringLiteral("06/07/2017")));
    }

    void unitTreeMarksTheTermsCongresses()
    {
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(m_path, &error));
        UnitTreeModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Term term2017;
        QVERIFY(TermRepository(workspace.database().connection()).byYears(2017, 2020, &term2017, &error));
        const auto state = [&](const QString &code) {
            Unit unit;
            UnitRepository(workspace.database().connection()).byCode(code, &unit, &error);
            return model.indexOfUnit(unit.id).data(UnitTreeModel::CongressStateRole);
        };
        // Marks come with the rows fetched after the term is set, and the rows already read are read again.
        model.fetchMore({});
        const QModelIndex ubnd = model.index(1, 0);
        QVERIFY(!ubnd.data(UnitTreeModel::CongressStateRole).isValid()); // no term: no mark
        QVERIFY(ubnd.data(Qt::DecorationRole).isNull());
        model.setTerm(term2017.id);
        // One signal (and one query) per page of siblings read so far (the tester has opened some branches).
        std::function<int(const QModelIndex &)> pages = [&](const QModelIndex &parent) {
            int count = model.rowCount(parent) > 0 ? 1 : 0;
            for (int row = 0; row < model.rowCount(parent); ++row)
                count += pages(model.index(row, 0, parent));
            return count;
        };
        QCOMPARE(changed.size(), pages({}));
        QCOMPARE(ubnd.data(UnitTreeModel::CongressStateRole).toInt(), int(CongressMark::State::NotScheduled));
        fetchAll(model);
        QCOMPARE(state(QStringLiteral("UBND-01")).toInt(), int(CongressMark::State::Held));
        QCOMPARE(state(QStringLiteral("UBND-15")).toInt(), int(CongressMark::State::Planned));
        QCOMPARE(state(QStringLiteral("VH-01")).toInt(), int(CongressMark::State::NotScheduled));
        QVERIFY(model.indexOfUnit(model.unitAt(ubnd).id)
                    .siblingAtColumn(UnitTreeModel::CodeColumn)
                    .data(Qt::DecorationRole)
                    .isNull()); // one mark a row, beside the name

        // The congress of UBND-15 is held: its row follows.
        Unit branch;
        QVERIFY(UnitRepository(workspace.database().connection())
                    .byCode(QStringLiteral("UBND-15"), &branch, &error));
        Congress congress;
        QVERIFY(CongressRepository(workspace.database().connection())
                    .find(branch.id, term2017.id, &congress, &error));
        const Congress planned = congress;
        congress.status = Congress::Status::Held;
        congress.heldFrom = QDate(2017, 7, 6);
        congress.heldTo = QDate(2017, 7, 6);
        congress.summoned = congress.officialMembers;
        congress.present = congress.officialMembers;
        QVERIFY2(workspace.saveCongress(&congress, &error), qPrintable(error));
        QCOMPARE(state(QStringLiteral("UBND-15")).toInt(), int(CongressMark::State::Held));
        QVERIFY(model.indexOfUnit(branch.id)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("06/07/2017")));
        QVERIFY(workspace.removeCongress(congress, &error));
        QCOMPARE(state(QStringLiteral("UBND-15")).toInt(), int(CongressMark::State::NotScheduled));
        QVERIFY(workspace.restoreCongress(planned, &error)); // as the other tests expect the demo
        QCOMPARE(state(QStringLiteral("UBND-15")).toInt(), int(CongressMark::State::Planned));

        model.setTerm(0);
        QVERIFY(!state(QStringLiteral("UBND-01")).isValid());
    }

    void heldCongressesSortInSql()
    {
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(m_path, &error));
        HeldCongressModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Unit ubnd;
        QVERIFY(
            UnitRepository(workspace.database().connection()).byCode(QStringLiteral("UBND"), &ubnd, &error));
        Term term;
        QVERIFY(TermRepository(workspace.database().connection()).byYears(2017, 2020, &term, &error));
        model.show(ubnd.id, term.id);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 14);
        QVERIFY(model.index(0, HeldCongressModel::UnitColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("(UBND-01)")));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(HeldCongressModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.index(0, HeldCongressModel::DateColumn).data().toString(),
                 QStringLiteral("27/06/2017"));
        model.sort(HeldCongressModel::PercentColumn, Qt::AscendingOrder);
        QVERIFY(model.index(0, HeldCongressModel::PercentColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("87")));
        QCOMPARE(model.headerData(HeldCongressModel::PercentColumn, Qt::Horizontal, Qt::InitialSortOrderRole)
                     .toInt(),
                 int(Qt::DescendingOrder));
        model.show(0, 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void guestTableAnnouncesEdits()
    {
        GuestTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGuests({{QStringLiteral("Trần Quốc Khánh"), QStringLiteral("Bí thư Đảng ủy")}});
        QSignalSpy edited(&model, &GuestTableModel::guestsEdited);
        QVERIFY(!model.setData(model.index(0, GuestTableModel::NameColumn), QStringLiteral("  ")));
        QVERIFY(model.setData(model.index(0, GuestTableModel::TitleColumn), QStringLiteral("Phó Bí thư Đảng ủy")));
        QCOMPARE(edited.size(), 1);
        const auto guests = edited.first().first().value<QList<CongressGuest>>();
        QCOMPARE(guests.first().title, QStringLiteral("Phó Bí thư Đảng ủy"));
    }

    void roundCandidatesFollowTheTally()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        RoundCandidatesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RoundInput input;
        input.seats = 2; // base 10: 5 votes are not more than half, 6 are
        input.summoned = 10;
        input.present = 10;
        input.ballots = {10, 10, 10, 0};
        input.candidates = {{QStringLiteral("Nguyễn Văn An"), 5}, {QStringLiteral("Trần Thị Bình"), 6}};
        model.setRound(input.candidates, RoundTally::tally(input));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RoundCandidatesModel::PercentColumn).data().toString(), QStringLiteral("50,00 %"));
        QCOMPARE(model.index(0, RoundCandidatesModel::StatusColumn).data().toString(), QStringLiteral("Not elected"));
        QCOMPARE(model.index(1, RoundCandidatesModel::StatusColumn).data().toString(), QStringLiteral("Elected"));
        QSignalSpy edited(&model, &RoundCandidatesModel::candidatesEdited);
        QVERIFY(!model.setData(model.index(0, RoundCandidatesModel::VotesColumn), -3));
        QVERIFY(!model.setData(model.index(0, RoundCandidatesModel::PercentColumn), 3));
        QVERIFY(model.setData(model.index(0, RoundCandidatesModel::VotesColumn), 7));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().first().value<QList<CandidateVotes>>().first().votes, 7);
    }

    void committeeTableAnnouncesEdits()
    {
        CommitteeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CommitteeMember member;
        member.person.fullName = QStringLiteral("Lê Thị Hoa");
        member.role = CommitteeRole::Secretary;
        model.setMembers({member});
        QSignalSpy edited(&model, &CommitteeTableModel::membersEdited);
        QVERIFY(model.setData(model.index(0, CommitteeTableModel::BirthYearColumn), 1984));
        QVERIFY(model.setData(model.index(0, CommitteeTableModel::ApprovalDocumentColumn),
                              QStringLiteral("125-QĐ/ĐU 15/10/2022")));
        QVERIFY(model.setData(model.index(0, CommitteeTableModel::ApprovalColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(edited.size(), 3);
        const auto document = edited.at(1).first().value<QList<CommitteeMember>>().first();
        QCOMPARE(document.approvalDocument, QStringLiteral("125-QĐ/ĐU"));
        QCOMPARE(document.approvalDate, QDate(2022, 10, 15));
        QCOMPARE(edited.at(2).first().value<QList<CommitteeMember>>().first().approval,
                 CommitteeMember::Approval::Approved);
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
