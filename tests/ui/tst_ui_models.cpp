#include "TestDatabase.h"
#include "Workspace.h"
#include "commands/AddUnitEdit.h"
#include "commands/MoveUnitEdit.h"
#include "models/GuestTableModel.h"
#include "models/PendingCongressModel.h"
#include "models/UnitTreeModel.h"
#include "storage/TermRepository.h"
#include "services/DemoDatabaseBuilder.h"
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
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
