#include "TestDatabase.h"
#include "services/SyntheticDataGenerator.h"
#include "storage/CommitteeRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace daihoi;

// The composition beside a committee's progress reads the committee's own units, by the parent index,
// then each unit's congress. Led by the term instead, SQLite walked all 360,000 congresses of a
// national database on every committee shown (0.5 s when the window opens); this keeps it fixed.
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
            QVERIFY2(SyntheticDataGenerator::generate(test->connection(), 200, 1, &counts, &error), qPrintable(error));
        }
        QSqlQuery query(m_analyzed.connection());
        QVERIFY(query.exec(QStringLiteral("ANALYZE")));
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
