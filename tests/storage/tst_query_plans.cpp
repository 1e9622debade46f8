#include "TestDatabase.h"
#include "services/SyntheticDataGenerator.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressOverviewQuery.h"
#include "storage/SearchRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(SearchHit::Kind)
Q_DECLARE_METATYPE(HeldCongress::SortKey)

// The plans of the statements that must stay quick on a national database. The search walks the word
// index, never a scan of units or people (a scan costs a tenth to half a second a keystroke). The
// composition beside a committee's progress reads the committee's units by the parent index, then each
// unit's congress; led by the term, SQLite walked all 360,000 congresses of the country (0.5 s when the
// window opens). The same holds for the progress page's list of congresses held, in every order a click
// on its titles asks for; the tree reads the marks of a page of units by the congresses' key.
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

    QStringList plan(QSqlQuery &query)
    {
        QStringList steps;
        while (query.next())
            steps.append(query.value(3).toString());
        return steps;
    }

    void heldListReadsTheCommitteesUnits_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("bindings");
        QTest::addColumn<HeldCongress::SortKey>("key");
        QTest::addColumn<bool>("analyzed");
        const QList<QPair<const char *, HeldCongress::SortKey>> keys = {
            {"unit", HeldCongress::SortKey::Unit},
            {"date", HeldCongress::SortKey::Date},
            {"attendance", HeldCongress::SortKey::Attendance},
            {"secretary", HeldCongress::SortKey::Secretary},
            {"vote", HeldCongress::SortKey::SecretaryPercent}};
        for (const bool analyzed : {false, true}) {
            for (const auto &key : keys) {
                const QByteArray suffix =
                    QByteArray(", by ") + key.first + (analyzed ? ", after ANALYZE" : "");
                QTest::newRow(("a committee's units" + suffix).constData())
                    << QStringLiteral("u.parent_id = ?") << 4 << key.second << analyzed;
                QTest::newRow(("the top-level units" + suffix).constData())
                    << QStringLiteral("u.parent_id IS NULL") << 3 << key.second << analyzed;
            }
        }
    }
    void heldListReadsTheCommitteesUnits()
    {
        QFETCH(QString, condition);
        QFETCH(int, bindings);
        QFETCH(HeldCongress::SortKey, key);
        QFETCH(bool, analyzed);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QSqlQuery query((analyzed ? m_analyzed : m_plain).connection());
            QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                                  CongressOverviewQuery::heldStatement(condition, key, order)));
            for (int i = 0; i < bindings; ++i)
                query.addBindValue(1);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            const QStringList steps = plan(query);
            const QString text = steps.join(QLatin1Char('\n'));
            QVERIFY2(!steps.isEmpty() &&
                         steps.first().startsWith(QStringLiteral("SEARCH u USING INDEX units_by_parent")),
                     qPrintable(text));
            for (const QString &step : steps) {
                // Each unit's congress by its key; the Bí thư by the congress; the person by id.
                const bool byUnit = !step.startsWith(QStringLiteral("SEARCH c ")) ||
                                    step.contains(QStringLiteral("unit_id=?"));
                const bool byCongress = !step.startsWith(QStringLiteral("SEARCH m ")) ||
                                        step.contains(QStringLiteral("congress_id=?"));
                QVERIFY2(!step.startsWith(QStringLiteral("SCAN")) && byUnit && byCongress, qPrintable(text));
            }
        }
    }

    void treeMarksReadByTheCongressKey()
    {
        for (TestDatabase *test : {&m_plain, &m_analyzed}) {
            // A page of 200 units; after ANALYZE of this small database, SQLite rightly finds reading its few
            // dozen congresses cheaper than 200 lookups, so there the page is a few units, as on a national
            // database a page is a few among hundreds of thousands.
            const int units = test == &m_plain ? 200 : 3;
            QSqlQuery query(test->connection());
            QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                                  CongressOverviewQuery::marksStatement(units)));
            for (int i = 0; i <= units; ++i)
                query.addBindValue(i + 1);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            const QStringList steps = plan(query);
            const QString text = steps.join(QLatin1Char('\n'));
            QVERIFY2(!steps.isEmpty(), qPrintable(text));
            for (const QString &step : steps) {
                const bool keyed = !step.startsWith(QStringLiteral("SEARCH congresses")) ||
                                   (step.contains(QStringLiteral("unit_id=?")) &&
                                    step.contains(QStringLiteral("term_id=?")));
                QVERIFY2(
                    !step.startsWith(QStringLiteral("SCAN congresses")) && keyed,
                    qPrintable(text + (test == &m_analyzed ? QStringLiteral(" (analyzed)") : QString())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_query_plans.moc"
