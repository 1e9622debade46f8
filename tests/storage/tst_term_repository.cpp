#include "TestDatabase.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QtTest>

using namespace daihoi;

// Which terms a unit offers: its own, its committees', those of the units below it and of the units
// directly under its committees, and the terms nobody uses yet; never another tree's.
class TestTermRepository : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    QHash<QString, qint64> m_units;
    QHash<QString, qint64> m_terms;

    void unit(const QString &code, const QString &parent, UnitLevel level)
    {
        Unit u;
        u.code = code;
        u.name = QStringLiteral("Đơn vị ") + code;
        u.level = level;
        u.parentId = parent.isEmpty() ? 0 : m_units.value(parent);
        QString error;
        QVERIFY2(UnitRepository(m_test.connection()).add(&u, &error), qPrintable(error));
        m_units.insert(code, u.id);
    }
    void congress(const QString &code, const QString &termKey)
    {
        Congress c;
        c.unitId = m_units.value(code);
        c.termId = m_terms.value(termKey);
        c.status = Congress::Status::Planned;
        c.plannedDate = QDate(termKey.left(4).toInt(), 6, 1);
        QString error;
        QVERIFY2(CongressRepository(m_test.connection()).save(&c, &error), qPrintable(error));
    }
    QStringList offered(const QString &code, QString *suggestedKey)
    {
        QList<Term> terms;
        qint64 suggested = 0;
        QString error;
        if (!TermRepository(m_test.connection()).offeredFor(m_units.value(code), &terms, &suggested, &error))
            return {error};
        QStringList keys;
        for (const Term &t : terms) {
            keys.append(t.key());
            if (t.id == suggested)
                *suggestedKey = t.key();
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.open());
        for (const auto &[start, end] : {std::pair{2017, 2020}, {2020, 2022}, {2020, 2025}, {2025, 2030}}) {
            Term t{0, start, end};
            QString error;
            QVERIFY2(TermRepository(m_test.connection()).add(&t, &error), qPrintable(error));
            m_terms.insert(t.key(), t.id);
        }
        // R > A > B (a congress in 2017–2020 only two levels down); R > S (2020–2022); X, another tree
        // (2020–2025).
        unit(QStringLiteral("R"), {}, UnitLevel::CommitteeAboveGrassroots);
        unit(QStringLiteral("A"), QStringLiteral("R"), UnitLevel::GrassrootsCommittee);
        unit(QStringLiteral("B"), QStringLiteral("A"), UnitLevel::Branch);
        unit(QStringLiteral("S"), QStringLiteral("R"), UnitLevel::GrassrootsBranch);
        unit(QStringLiteral("X"), {}, UnitLevel::GrassrootsCommittee);
        unit(QStringLiteral("X-01"), QStringLiteral("X"), UnitLevel::Branch);
        congress(QStringLiteral("B"), QStringLiteral("2017-2020"));
        congress(QStringLiteral("S"), QStringLiteral("2020-2022"));
        congress(QStringLiteral("X-01"), QStringLiteral("2020-2025"));
    }

    void offeredTerms_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("suggested");
        // 2025-2030 has no congress anywhere: every unit may begin it.
        const auto keys = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
        QTest::newRow("top: everything below it")
            << QStringLiteral("R") << keys("2025-2030 2020-2022 2017-2020") << QStringLiteral("2020-2022");
        QTest::newRow("middle: below and its committee's units")
            << QStringLiteral("A") << keys("2025-2030 2020-2022 2017-2020") << QStringLiteral("2020-2022");
        QTest::newRow("branch: its own first")
            << QStringLiteral("B") << keys("2025-2030 2020-2022 2017-2020") << QStringLiteral("2017-2020");
        QTest::newRow("another tree")
            << QStringLiteral("X-01") << keys("2025-2030 2020-2025") << QStringLiteral("2020-2025");
    }
    void offeredTerms()
    {
        QFETCH(QString, unit);
        QFETCH(QStringList, terms);
        QFETCH(QString, suggested);
        QString chosen;
        QCOMPARE(offered(unit, &chosen), terms);
        QCOMPARE(chosen, suggested);
    }

    // The sole top unit (a national database) offers every used term without walking its tree.
    void soleTopUnitOffersEveryUsedTerm()
    {
        QString error;
        QVERIFY2(UnitRepository(m_test.connection()).move(m_units.value(QStringLiteral("X")),
                                                          m_units.value(QStringLiteral("R")), &error),
                 qPrintable(error));
        QString chosen;
        QCOMPARE(offered(QStringLiteral("R"), &chosen),
                 QString::fromLatin1("2025-2030 2020-2025 2020-2022 2017-2020").split(QLatin1Char(' ')));
        QCOMPARE(chosen, QStringLiteral("2020-2025"));
        QCOMPARE(offered(QStringLiteral("X-01"), &chosen),
                 QString::fromLatin1("2025-2030 2020-2025 2020-2022").split(QLatin1Char(' ')));
    }
};

QTEST_GUILESS_MAIN(TestTermRepository)
#include "tst_term_repository.moc"
