#include "TestDatabase.h"
#include "storage/UnitRepository.h"

#include <QtTest>

using namespace daihoi;

class TestUnitRepository : public QObject
{
    Q_OBJECT
private:
    Unit add(UnitRepository &units, const QString &code, const QString &name, UnitLevel level, qint64 parentId = 0)
    {
        Unit unit;
        unit.code = code;
        unit.name = name;
        unit.level = level;
        unit.parentId = parentId;
        QString error;
        if (!units.add(&unit, &error))
            qWarning("%s", qPrintable(error));
        return unit;
    }

    QStringList childCodes(UnitRepository &units, qint64 parentId)
    {
        QList<Unit> children;
        QString error;
        units.children(parentId, 0, 1000, &children, &error);
        QStringList codes;
        for (const Unit &unit : children)
            codes.append(unit.code);
        return codes;
    }

private slots:
    void addListsChildrenInOrderWithCounts()
    {
        TestDatabase test;
        QVERIFY(test.open());
        UnitRepository units(test.connection());
        const Unit ward = add(units, QStringLiteral("VH"), QStringLiteral("Đảng bộ phường Việt Hưng"),
                              UnitLevel::GrassrootsCommittee);
        QVERIFY(ward.isValid());
        add(units, QStringLiteral("VH-02"), QStringLiteral("Chi bộ Tổ dân phố số 2"), UnitLevel::Branch, ward.id);
        add(units, QStringLiteral("VH-01"), QStringLiteral("Chi bộ Tổ dân phố số 1"), UnitLevel::Branch, ward.id);
        QCOMPARE(childCodes(units, ward.id), (QStringList{QStringLiteral("VH-02"), QStringLiteral("VH-01")}));
        QList<Unit> top;
        QString error;
        QVERIFY(units.children(0, 0, 10, &top, &error));
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.first().childCount, 2);
        QList<Unit> page;
        QVERIFY(units.children(ward.id, 1, 1, &page, &error));
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().code, QStringLiteral("VH-01"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("underBranch");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate code") << "VH" << "Another" << false << "Code: VH is already used by Đảng bộ phường Việt Hưng.";
        QTest::newRow("empty code") << " " << "Chi bộ mới" << false << "Code: a unit needs a code.";
        QTest::newRow("empty name") << "NEW" << "  " << false << "Name: a unit needs a name.";
        QTest::newRow("under a branch") << "NEW" << "Chi bộ con" << true
                                        << "Chi bộ Tổ dân phố số 1 is a branch: a branch has no subordinate units.";
    }
    void refusals()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(bool, underBranch);
        QFETCH(QString, expected);
        TestDatabase test;
        QVERIFY(test.open());
        UnitRepository units(test.connection());
        const Unit ward = add(units, QStringLiteral("VH"), QStringLiteral("Đảng bộ phường Việt Hưng"),
                              UnitLevel::GrassrootsCommittee);
        const Unit branch = add(units, QStringLiteral("VH-01"), QStringLiteral("Chi bộ Tổ dân phố số 1"),
                                UnitLevel::Branch, ward.id);
        Unit unit;
        unit.code = code;
        unit.name = name;
        unit.parentId = underBranch ? branch.id : 0;
        QString error;
        QVERIFY(!units.add(&unit, &error));
        QCOMPARE(error, expected);
        QCOMPARE(childCodes(units, 0), QStringList{QStringLiteral("VH")});
        QCOMPARE(childCodes(units, ward.id), QStringList{QStringLiteral("VH-01")});
    }

    void renameMoveRetire()
    {
        TestDatabase test;
        QVERIFY(test.open());
        UnitRepository units(test.connection());
        const Unit a = add(units, QStringLiteral("A"), QStringLiteral("Đảng bộ A"), UnitLevel::GrassrootsCommittee);
        const Unit b = add(units, QStringLiteral("B"), QStringLiteral("Đảng bộ B"), UnitLevel::GrassrootsCommittee);
        const Unit sub = add(units, QStringLiteral("A-S"), QStringLiteral("Đảng bộ bộ phận"), UnitLevel::SubCommittee, a.id);
        const Unit branch = add(units, QStringLiteral("A-1"), QStringLiteral("Chi bộ 1"), UnitLevel::Branch, sub.id);
        QString error;

        QVERIFY(units.rename(branch.id, QStringLiteral("  Chi bộ số 1  "), &error));
        Unit read;
        QVERIFY(units.byId(branch.id, &read, &error));
        QCOMPARE(read.name, QStringLiteral("Chi bộ số 1"));

        QVERIFY(units.move(sub.id, b.id, &error));
        QCOMPARE(childCodes(units, b.id), QStringList{QStringLiteral("A-S")});
        QVERIFY(childCodes(units, a.id).isEmpty());
        QList<qint64> path;
        QVERIFY(units.pathTo(branch.id, &path, &error));
        QCOMPARE(path, (QList<qint64>{b.id, sub.id, branch.id}));

        // A unit cannot go under itself or its own descendants.
        QVERIFY(!units.move(b.id, branch.id, &error));
        QVERIFY(!units.move(b.id, sub.id, &error));
        QCOMPARE(error, QStringLiteral("Đảng bộ B cannot be moved under Đảng bộ bộ phận: that unit is part of it."));
        QVERIFY(!units.move(b.id, b.id, &error));
        QVERIFY(units.move(b.id, a.id, &error));
        QVERIFY(units.move(b.id, 0, &error));
        QCOMPARE(childCodes(units, 0), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));

        QVERIFY(units.setRetired(branch.id, true, &error));
        QVERIFY(units.byId(branch.id, &read, &error));
        QVERIFY(read.retired);

        // Removal (undo of an addition) only for a unit with nothing under it.
        QVERIFY(!units.remove(sub.id, &error));
        QVERIFY(units.remove(branch.id, &error));
        QVERIFY(childCodes(units, sub.id).isEmpty());
    }

    void restoredUnitKeepsItsId()
    {
        TestDatabase test;
        QVERIFY(test.open());
        UnitRepository units(test.connection());
        Unit unit = add(units, QStringLiteral("X"), QStringLiteral("Chi bộ X"), UnitLevel::Branch);
        const qint64 id = unit.id;
        QString error;
        QVERIFY(units.remove(id, &error));
        QVERIFY(units.add(&unit, &error));
        QCOMPARE(unit.id, id);
        Unit found;
        QVERIFY(units.byCode(QStringLiteral("X"), &found, &error));
        QCOMPARE(found.id, id);
    }
};

QTEST_GUILESS_MAIN(TestUnitRepository)
#include "tst_unit_repository.moc"
