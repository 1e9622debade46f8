#include "SearchTestSupport.h"
#include "TestDatabase.h"
#include "Version6Schema.h"
#include "storage/SchemaMigrator.h"
#include "storage/SearchRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace daihoi;

namespace {

int count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

// Version 5 adds the search word index; a database of version 4 gets it filled from the rows it holds.
class TestSearchMigration : public QObject
{
    Q_OBJECT
private slots:
    void version4DatabaseGetsItsWordsIndexed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("a ward") << "viet hung" << 1;
        QTest::newRow("a code") << "ubnd-15" << 1;
        QTest::newRow("people by a common family name") << "nguyen" << 2;
        QTest::newRow("a prefix") << "ng" << 2;
    }
    void version4DatabaseGetsItsWordsIndexed()
    {
        QFETCH(QString, text);
        QFETCH(int, atLeast);
        TestDatabase test;
        QVERIFY(test.openDemo());
        QVERIFY(SchemaMigrator::currentVersion() >= 5);
        QSqlDatabase db = test.connection();
        const QStringList expected = searchTitles(db, text, 1000);
        QVERIFY2(expected.size() >= atLeast, qPrintable(expected.join(QLatin1Char('|'))));
        const int unitWords = count(db, QStringLiteral("SELECT COUNT(*) FROM unit_words"));
        const int personWords = count(db, QStringLiteral("SELECT COUNT(*) FROM person_words"));
        QVERIFY(unitWords > 0 && personWords > 0);

        // What version 4 was: the same tables without the word index.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE unit_words")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE person_words")));
        QVERIFY(dropVersion7(db));
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_info SET version = 4")));
        query.finish();
        test.db().close();

        QVERIFY(test.open());
        db = test.connection();
        int version = 0;
        QString error;
        QVERIFY(SchemaMigrator::readVersion(db, &version, &error));
        QCOMPARE(version, SchemaMigrator::currentVersion());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM unit_words")), unitWords);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM person_words")), personWords);
        QCOMPARE(searchTitles(db, text, 1000), expected);
    }
};

QTEST_GUILESS_MAIN(TestSearchMigration)
#include "tst_search_migration.moc"
