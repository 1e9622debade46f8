#include "SearchTestSupport.h"
#include "TestDatabase.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/SearchRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace daihoi;

namespace {

QStringList list(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

// Search through the word index: what a clerk's words find, and the index kept up to date by every write.
class TestSearchRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_test;
    qint64 m_congressId = 0;

    Unit add(const QString &code, const QString &name, UnitLevel level, qint64 parentId = 0)
    {
        Unit unit;
        unit.code = code;
        unit.name = name;
        unit.level = level;
        unit.parentId = parentId;
        QString error;
        if (!UnitRepository(m_test->connection()).add(&unit, &error))
            qWarning("%s", qPrintable(error));
        return unit;
    }

    QStringList found(const QString &text) { return searchTitles(m_test->connection(), text, 50); }

    bool setCommittee(const QStringList &names, QList<CommitteeMember> *members)
    {
        members->clear();
        for (const QString &name : names) {
            CommitteeMember member;
            member.person.fullName = name;
            members->append(member);
        }
        QString error;
        const bool ok = CommitteeRepository(m_test->connection()).replace(m_congressId, members, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    int wordRows(const QString &table, const QString &column, qint64 id)
    {
        QSqlQuery query(m_test->connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(table, column));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    // A fresh database for every test and data row, so none depends on what another changed.
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        QVERIFY(m_test->open());
        const Unit ward = add(QStringLiteral("VH"), QStringLiteral("Đảng bộ phường Việt Hưng"),
                              UnitLevel::GrassrootsCommittee);
        add(QStringLiteral("VH-01"), QStringLiteral("Chi bộ Văn hóa"), UnitLevel::Branch, ward.id);
        add(QStringLiteral("UBND-15"), QStringLiteral("Chi bộ Khối (Dân vận)"), UnitLevel::Branch, ward.id);
        Term term{0, 2020, 2025};
        QString error;
        QVERIFY2(TermRepository(m_test->connection()).add(&term, &error), qPrintable(error));
        Congress congress;
        congress.unitId = ward.id;
        congress.termId = term.id;
        QVERIFY2(CongressRepository(m_test->connection()).save(&congress, &error), qPrintable(error));
        m_congressId = congress.id;
        QList<CommitteeMember> members;
        QVERIFY(setCommittee({QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Hùng Cường"),
                              QStringLiteral("Phạm Thị Ánh")},
                             &members));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("family and middle name") << "nguyen van" << list("Nguyễn Văn An");
        QTest::newRow("words in any order") << "an nguyen" << list("Nguyễn Văn An");
        QTest::newRow("diacritics and case") << "NGUYỄN" << list("Nguyễn Văn An");
        QTest::newRow("a partial last word while typing")
            << "hu" << list("Đảng bộ phường Việt Hưng,Lê Hùng Cường");
        QTest::newRow("two words of a unit") << "van hoa" << list("Chi bộ Văn hóa");
        QTest::newRow("one word, units and people")
            << "van" << list("Chi bộ Văn hóa,Chi bộ Khối (Dân vận),Nguyễn Văn An");
        QTest::newRow("a word in brackets") << "dan van" << list("Chi bộ Khối (Dân vận)");
        QTest::newRow("a whole code") << "ubnd-15" << list("Chi bộ Khối (Dân vận)");
        QTest::newRow("a part of a code") << "15" << list("Chi bộ Khối (Dân vận)");
        QTest::newRow("a code prefix") << "vh" << list("Chi bộ Văn hóa,Đảng bộ phường Việt Hưng");
        QTest::newRow("not the middle of a word") << "guyen" << list("");
        QTest::newRow("one word matches nothing") << "nguyen xyz" << list("");
        QTest::newRow("words of different names") << "van hoa nguyen" << list("");
        QTest::newRow("a typo") << "zzqx" << list("");
        QTest::newRow("LIKE wildcards are plain characters") << "%" << list("");
        QTest::newRow("underscore") << "v_n" << list("");
        QTest::newRow("empty") << "" << list("");
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        found.sort();
        QCOMPARE(this->found(text), found);
    }

    void renameUpdatesTheIndex()
    {
        Unit unit;
        QString error;
        UnitRepository units(m_test->connection());
        QVERIFY(units.byCode(QStringLiteral("VH-01"), &unit, &error));
        QVERIFY2(units.rename(unit.id, QStringLiteral("Chi bộ Thể thao"), &error), qPrintable(error));
        QCOMPARE(found(QStringLiteral("van hoa")), QStringList());
        QCOMPARE(found(QStringLiteral("the thao")), QStringList{QStringLiteral("Chi bộ Thể thao")});
        QCOMPARE(found(QStringLiteral("vh-01")), QStringList{QStringLiteral("Chi bộ Thể thao")});
        // chi, bo, the, thao, vh-01, vh, 01
        QCOMPARE(wordRows(QStringLiteral("unit_words"), QStringLiteral("unit_id"), unit.id), 7);
        QVERIFY2(units.rename(unit.id, QStringLiteral("Chi bộ Văn hóa"), &error), qPrintable(error));
        QCOMPARE(found(QStringLiteral("van hoa")), QStringList{QStringLiteral("Chi bộ Văn hóa")});
    }

    void renamedPersonIsFoundByTheNewName()
    {
        QList<CommitteeMember> members;
        QString error;
        QVERIFY(CommitteeRepository(m_test->connection()).members(m_congressId, &members, &error));
        QCOMPARE(members.size(), 3);
        members[2].person.fullName = QStringLiteral("Phạm Thị Ngọc Ánh");
        QVERIFY2(CommitteeRepository(m_test->connection()).replace(m_congressId, &members, &error), qPrintable(error));
        QCOMPARE(found(QStringLiteral("thi ngoc")), QStringList{QStringLiteral("Phạm Thị Ngọc Ánh")});
        QCOMPARE(wordRows(QStringLiteral("person_words"), QStringLiteral("person_id"), members[2].person.id), 4);
    }

    void deletedPeopleDisappear()
    {
        // A second congress names a person, then is removed and the person deleted, the way an import
        // replaces a committee (Importer::clearSubtree): the person's words go with the row.
        Unit unit;
        QString error;
        QVERIFY(UnitRepository(m_test->connection()).byCode(QStringLiteral("UBND-15"), &unit, &error));
        Term term;
        QVERIFY(TermRepository(m_test->connection()).byYears(2020, 2025, &term, &error));
        Congress congress;
        congress.unitId = unit.id;
        congress.termId = term.id;
        QVERIFY2(CongressRepository(m_test->connection()).save(&congress, &error), qPrintable(error));
        QList<CommitteeMember> members(1);
        members[0].person.fullName = QStringLiteral("Đỗ Quang Vinh");
        QVERIFY2(CommitteeRepository(m_test->connection()).replace(congress.id, &members, &error), qPrintable(error));
        const qint64 person = members[0].person.id;
        QCOMPARE(found(QStringLiteral("quang vinh")), QStringList{QStringLiteral("Đỗ Quang Vinh")});
        QVERIFY(wordRows(QStringLiteral("person_words"), QStringLiteral("person_id"), person) > 0);

        QVERIFY2(CongressRepository(m_test->connection()).remove(congress.id, &error), qPrintable(error));
        QSqlQuery query(m_test->connection());
        QVERIFY(query.prepare(QStringLiteral("DELETE FROM people WHERE id = ? AND NOT EXISTS "
                                             "(SELECT 1 FROM committee_members WHERE person_id = ?)")));
        query.addBindValue(person);
        query.addBindValue(person);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
        QCOMPARE(wordRows(QStringLiteral("person_words"), QStringLiteral("person_id"), person), 0);
        QCOMPARE(found(QStringLiteral("quang vinh")), QStringList());
    }

    void removedUnitLeavesNoWords()
    {
        const Unit unit = add(QStringLiteral("TMP-1"), QStringLiteral("Chi bộ Tạm thời"), UnitLevel::Branch);
        QCOMPARE(found(QStringLiteral("tam thoi")), QStringList{QStringLiteral("Chi bộ Tạm thời")});
        QString error;
        QVERIFY2(UnitRepository(m_test->connection()).remove(unit.id, &error), qPrintable(error));
        QCOMPARE(wordRows(QStringLiteral("unit_words"), QStringLiteral("unit_id"), unit.id), 0);
        QCOMPARE(found(QStringLiteral("tam thoi")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "tst_search_repository.moc"
