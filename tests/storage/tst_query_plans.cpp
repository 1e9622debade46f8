#include "TestDatabase.h"
#include "services/SyntheticDataGenerator.h"
#include "storage/CommitteeRepository.h"
#include "storage/SearchRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(SearchHit::Kind)

// The plans of the statements that must stay quick on a national database. The search walks the word
// index, never a scan of units or people (a scan costs a tenth to half a second a keystroke). The
// composition beside a committee's progress reads the committee's units by the parent index, then each
// unit's congress; led by the term, SQLite walked all 360,000 congresses of the country (0.5 s when the
// window opens).
class TestQueryPlans : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_plain;
    TestDatabase m_analyzed; // with SQLite's statistics, which must not turn the plan around

private slots:
    void initTestCase()
    {
        for (TestDatabase *test : {&m_plain, &m_analyzed}) {
            QVERIFY(test->open());
            SyntheticDataGenerator::Counts counts;
            QString error;
            QVERIFY2(SyntheticDataGenerator::generate(test->connection(), 50, 1, &counts, &error), qPrintable(error));
        }
        QSqlQuery query(m_analyzed.connection());
        QVERIFY(query.exec(QStringLiteral("ANALYZE")));
    }

    void searchWalksTheWordIndex_data()
    {
        QTest::addColumn<SearchHit::Kind>("kind");
        QTest::addColumn<int>("words");
        QTest::addColumn<bool>("analyzed");
        for (const bool analyzed : {false, true}) {
            for (int words = 1; words <= 3; ++words) {
                const QByteArray suffix = QByteArray::number(words) + (analyzed ? " words, after ANALYZE" : " words");
                QTest::newRow(("units, " + suffix).constData()) << SearchHit::Kind::Unit << words << analyzed;
                QTest::newRow(("people, " + suffix).constData()) << SearchHit::Kind::Person << words << analyzed;
            }
        }
    }
    void searchWalksTheWordIndex()
    {
        QFETCH(SearchHit::Kind, kind);
        QFETCH(int, words);
        QFETCH(bool, analyzed);
        QSqlQuery query((analyzed ? m_analyzed : m_plain).connection());
        const QString sql = SearchRepository::statement(kind, words);
        QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
            query.addBindValue(QStringLiteral("ng"));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QStringList steps;
        while (query.next())
            steps.append(query.value(3).toString());
        const QString plan = steps.join(QLatin1Char('\n'));
        const QString index = kind == SearchHit::Kind::Unit ? QStringLiteral("unit_words_by_word")
                                                            : QStringLiteral("person_words_by_word");
        // The outermost loop is the word range; every other table is reached by key.
        QVERIFY2(!steps.isEmpty() && steps.first().startsWith(QStringLiteral("SEARCH w USING COVERING INDEX ") + index)
                     && steps.first().contains(QStringLiteral("word>? AND word<?")),
                 qPrintable(plan));
        for (const QString &step : std::as_const(steps)) {
            // The terms table has a row per term, a handful: SQLite may read it whole once it knows that.
            const bool allowed = !step.startsWith(QStringLiteral("SCAN")) || step == QStringLiteral("SCAN t");
            QVERIFY2(allowed && !step.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
        }
    }

    void compositionReadsTheCommitteesUnits_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("bindings");
        QTest::addColumn<bool>("analyzed");
        for (const bool analyzed : {false, true}) {
            const QByteArray suffix = analyzed ? ", after ANALYZE" : "";
            QTest::newRow(("a committee's units" + suffix).constData())
                << QStringLiteral("u.parent_id = ?") << 2 << analyzed;
            QTest::newRow(("the top-level units" + suffix).constData())
                << QStringLiteral("u.parent_id IS NULL") << 1 << analyzed;
        }
    }
    void compositionReadsTheCommitteesUnits()
    {
        QFETCH(QString, condition);
        QFETCH(int, bindings);
        QFETCH(bool, analyzed);
        QSqlQuery query((analyzed ? m_analyzed : m_plain).connection());
        QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + CommitteeRepository::compositionStatement(condition)));
        for (int i = 0; i < bindings; ++i)
            query.addBindValue(1);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QStringList steps;
        while (query.next())
            steps.append(query.value(3).toString());
        const QString plan = steps.join(QLatin1Char('\n'));
        QVERIFY2(!steps.isEmpty() && steps.first().startsWith(QStringLiteral("SEARCH u USING INDEX units_by_parent")),
                 qPrintable(plan));
        for (const QString &step : std::as_const(steps)) {
            // Each unit's congress by its key (unit and term), whichever index holds both.
            const bool byUnit = !step.startsWith(QStringLiteral("SEARCH c ")) || step.contains(QStringLiteral("unit_id=?"));
            QVERIFY2(!step.startsWith(QStringLiteral("SCAN")) && byUnit, qPrintable(plan));
        }
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_query_plans.moc"
