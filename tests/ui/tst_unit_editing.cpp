#include "TestDatabase.h"
#include "Workspace.h"
#include "commands/AddTermEdit.h"
#include "commands/AddUnitEdit.h"
#include "commands/MoveUnitEdit.h"
#include "commands/RenameUnitEdit.h"
#include "commands/RetireUnitEdit.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QUndoStack>
#include <QtTest>

using namespace daihoi;

// Every edit of the unit tree and the terms lands in one step, and undo/redo restores it exactly.
class TestUnitEditing : public QObject
{
    Q_OBJECT
private:
    Unit byCode(Workspace &workspace, const QString &code)
    {
        Unit unit;
        QString error;
        UnitRepository(workspace.database().connection()).byCode(code, &unit, &error);
        return unit;
    }

private slots:
    void editsUndoAndRedo()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        test.db().close();
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(test.path(), &error));
        QUndoStack *stack = workspace.undoStack();
        const Unit vh = byCode(workspace, QStringLiteral("VH"));
        const Unit ubnd = byCode(workspace, QStringLiteral("UBND"));

        Unit added;
        added.parentId = vh.id;
        added.code = QStringLiteral("VH-24");
        added.name = QStringLiteral("Chi bộ Tổ dân phố số 15");
        QVERIFY(workspace.run(new AddUnitEdit(&workspace, added)));
        const Unit created = byCode(workspace, QStringLiteral("VH-24"));
        QVERIFY(created.isValid());
        QVERIFY(workspace.run(new RenameUnitEdit(&workspace, created.id, created.name, QStringLiteral("Chi bộ TDP 15"))));
        QVERIFY(workspace.run(new MoveUnitEdit(&workspace, created.id, created.name, vh.id, ubnd.id)));
        QVERIFY(workspace.run(new RetireUnitEdit(&workspace, created.id, created.name, true)));
        Unit now = byCode(workspace, QStringLiteral("VH-24"));
        QCOMPARE(now.name, QStringLiteral("Chi bộ TDP 15"));
        QCOMPARE(now.parentId, ubnd.id);
        QVERIFY(now.retired);
        QCOMPARE(stack->count(), 4);

        stack->undo();
        QVERIFY(!byCode(workspace, QStringLiteral("VH-24")).retired);
        stack->undo();
        QCOMPARE(byCode(workspace, QStringLiteral("VH-24")).parentId, vh.id);
        stack->undo();
        QCOMPARE(byCode(workspace, QStringLiteral("VH-24")).name, QStringLiteral("Chi bộ Tổ dân phố số 15"));
        stack->undo();
        QVERIFY(!byCode(workspace, QStringLiteral("VH-24")).isValid());

        for (int i = 0; i < 4; ++i)
            stack->redo();
        now = byCode(workspace, QStringLiteral("VH-24"));
        QCOMPARE(now.id, created.id);
        QCOMPARE(now.name, QStringLiteral("Chi bộ TDP 15"));
        QCOMPARE(now.parentId, ubnd.id);
        QVERIFY(now.retired);
    }

    void refusedEditStaysOffTheStack()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        test.db().close();
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(test.path(), &error));
        QSignalSpy failed(&workspace, &Workspace::failed);
        Unit duplicate;
        duplicate.code = QStringLiteral("VH-01");
        duplicate.name = QStringLiteral("Chi bộ trùng mã");
        QVERIFY(!workspace.run(new AddUnitEdit(&workspace, duplicate)));
        QCOMPARE(workspace.undoStack()->count(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("VH-01")));
    }

    void addTermAndUndo()
    {
        TestDatabase test;
        QVERIFY(test.open());
        test.db().close();
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(test.path(), &error));
        QSignalSpy changed(&workspace, &Workspace::termsChanged);
        QVERIFY(workspace.run(new AddTermEdit(&workspace, Term{0, 2025, 2030})));
        QList<Term> terms;
        QVERIFY(TermRepository(workspace.database().connection()).all(&terms, &error));
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().label(), QStringLiteral("2025–2030"));
        QVERIFY(!workspace.run(new AddTermEdit(&workspace, Term{0, 2025, 2030})));
        workspace.undoStack()->undo();
        QVERIFY(TermRepository(workspace.database().connection()).all(&terms, &error));
        QVERIFY(terms.isEmpty());
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_MAIN(TestUnitEditing)
#include "tst_unit_editing.moc"
