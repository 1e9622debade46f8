#include "TestDatabase.h"
#include "Version6Schema.h"
#include "storage/CongressRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace daihoi;

namespace {

// Every congress row and guest as text, in the columns a version 6 database has.
QStringList version6Rows(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery query(db);
    const QString columns = QStringLiteral(
        "id, unit_id, term_id, status, planned_date, held_from, held_to, place, congress_number, kind, "
        "official_members, probationary_members, summoned, present, excluded_absent_with_reason, "
        "excluded_excused, "
        "excluded_suspended, excluded_temporary, excluded_without_alternate, political_report_summary, "
        "self_review_summary");
    for (const QString &sql :
         {QStringLiteral("SELECT %1 FROM congresses ORDER BY id").arg(columns),
          QStringLiteral("SELECT congress_id, position, name, title FROM congress_guests "
                         "ORDER BY congress_id, position")}) {
        if (!query.exec(sql))
            return {};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

} // namespace

// The conduct of a congress (opening and closing times, presidium, secretaries, counting board, resolution
// votes) is stored with the congress, in its transaction, and a version 6 database gains it without losing a
// row.
class TestCongressConductStorage : public QObject
{
    Q_OBJECT
private:
    Congress congressOf(TestDatabase &test, const QString &code, int startYear, int endYear)
    {
        Unit unit;
        Term term;
        Congress c;
        QString error;
        UnitRepository(test.connection()).byCode(code, &unit, &error);
        TermRepository(test.connection()).byYears(startYear, endYear, &term, &error);
        CongressRepository(test.connection()).find(unit.id, term.id, &c, &error);
        return c;
    }

private slots:
    void version6DatabaseKeepsEveryCongress()
    {
        if (TestDatabase::onServer())
            QSKIP("Migrating a version 6 SQLite file; an office server is set up at the current version");
        QVERIFY(SchemaMigrator::currentVersion() >= 7);
        TestDatabase test;
        QVERIFY(test.openDemo());
        {
            // Back to the shape a version 6 program wrote: no conduct columns, no congress_people table.
            QVERIFY(dropVersion7(test.connection()));
            QSqlQuery query(test.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_info SET version = 6")));
        }
        const QStringList before = version6Rows(test.connection());
        QVERIFY(before.size() > 40);
        test.db().close();

        QVERIFY(test.open());
        int version = 0;
        QString error;
        QSqlDatabase db = test.connection();
        QVERIFY(SchemaMigrator::readVersion(db, &version, &error));
        QCOMPARE(version, SchemaMigrator::currentVersion());
        QCOMPARE(version6Rows(db), before);

        // Nothing was recorded of the conduct: every field reads as unknown, and can now be saved.
        Congress c = congressOf(test, QStringLiteral("VH-05"), 2022, 2025);
        QVERIFY(c.isValid());
        QVERIFY(!c.openingTime.isValid());
        QVERIFY(!c.closingTime.isValid());
        QVERIFY(c.presidium.isEmpty() && c.secretaries.isEmpty() && c.countingBoardMembers.isEmpty());
        QVERIFY(c.countingBoardHead.isEmpty());
        QCOMPARE(c.resolutionVotesFor, 0);
        c.countingBoardHead = QStringLiteral("Trần Văn Dũng");
        c.countingBoardMembers = QStringList{QStringLiteral("Phạm Thị Mai")};
        QVERIFY2(CongressRepository(db).save(&c, &error), qPrintable(error));
        QCOMPARE(congressOf(test, QStringLiteral("VH-05"), 2022, 2025).countingBoardMembers,
                 c.countingBoardMembers);
    }

    void conductRoundTrip()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        Congress c = congressOf(test, QStringLiteral("UBND-03"), 2017, 2020);
        QVERIFY(c.isValid());
        c.openingTime = QTime(7, 45);
        c.closingTime = QTime(16, 5);
        // Order is the clerk's (the presiding member first), not alphabetical.
        c.presidium = QStringList{QStringLiteral("Vũ Thị Yến"), QStringLiteral("Đặng Văn Bảo"),
                                  QStringLiteral("Hoàng Minh Châu")};
        c.secretaries = QStringList{QStringLiteral("  Ngô  Thu Hà ")};
        c.countingBoardHead = QStringLiteral(" Bùi Quang Huy");
        c.countingBoardMembers = QStringList{QStringLiteral("Trịnh Thị Lan"), QStringLiteral("Lý Văn Khánh")};
        c.resolutionVotesFor = c.present - 1;
        CongressRepository congresses(test.connection());
        QString error;
        QVERIFY2(congresses.save(&c, &error), qPrintable(error));

        Congress read = congressOf(test, QStringLiteral("UBND-03"), 2017, 2020);
        QCOMPARE(read.openingTime, QTime(7, 45));
        QCOMPARE(read.closingTime, QTime(16, 5));
        QCOMPARE(read.presidium, c.presidium);
        QCOMPARE(read.secretaries, QStringList{QStringLiteral("Ngô Thu Hà")}); // tidied as stored
        QCOMPARE(read.countingBoardHead, QStringLiteral("Bùi Quang Huy"));
        QCOMPARE(read.countingBoardMembers, c.countingBoardMembers);
        QCOMPARE(read.resolutionVotesFor, c.present - 1);
        QCOMPARE(read.guests, c.guests);

        // A refused change writes none of it.
        Congress refused = read;
        refused.resolutionVotesFor = read.present + 1;
        refused.presidium.append(QStringLiteral("Người Mới"));
        QVERIFY(!congresses.save(&refused, &error));
        QVERIFY2(error.contains(QStringLiteral("Resolution votes for (%1) exceeds present (%2)")
                                    .arg(read.present + 1)
                                    .arg(read.present)),
                 qPrintable(error));
        QVERIFY(congressOf(test, QStringLiteral("UBND-03"), 2017, 2020) == read);

        // Emptied again: all unknown.
        read.openingTime = QTime();
        read.closingTime = QTime();
        read.presidium.clear();
        read.secretaries.clear();
        read.countingBoardHead.clear();
        read.countingBoardMembers.clear();
        read.resolutionVotesFor = 0;
        QVERIFY2(congresses.save(&read, &error), qPrintable(error));
        QVERIFY(congressOf(test, QStringLiteral("UBND-03"), 2017, 2020) == read);

        // Removing the congress removes its people; restoring brings them back.
        c.rowVersion = read.rowVersion; // the first values again, saved over the record as it now is
        QVERIFY2(congresses.save(&c, &error), qPrintable(error));
        const Congress saved = congressOf(test, QStringLiteral("UBND-03"), 2017, 2020);
        QVERIFY(congresses.remove(saved.id, &error));
        QSqlQuery query(test.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM congress_people WHERE congress_id = %1")
                               .arg(saved.id)) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY2(congresses.restore(saved, &error), qPrintable(error));
        QVERIFY(congressOf(test, QStringLiteral("UBND-03"), 2017, 2020) == saved);
    }
};

QTEST_GUILESS_MAIN(TestCongressConductStorage)
#include "tst_congress_conduct_storage.moc"
