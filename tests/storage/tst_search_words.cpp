#include "storage/SearchWordIndex.h"

#include <QtTest>

using namespace daihoi;

namespace {

// "a b c" → {"a", "b", "c"}: keeps the rows below readable.
QStringList list(const char *spaced)
{
    return QString::fromUtf8(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

// How names and typed searches are cut into the words the search index compares.
class TestSearchWords : public QObject
{
    Q_OBJECT
private slots:
    void wordsOf_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain name") << "chi bo van hoa" << list("chi bo van hoa");
        QTest::newRow("a code keeps its whole and its parts") << "chi bo ubnd-15"
                                                              << list("chi bo ubnd-15 ubnd 15");
        QTest::newRow("punctuation around a word") << "thon 1, xa 12 (khoi) –"
                                                   << list("thon 1 xa 12 khoi");
        QTest::newRow("a repeated word once") << "nguyen van van" << list("nguyen van");
        QTest::newRow("nothing") << "" << list("");
    }
    void wordsOf()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, words);
        QCOMPARE(SearchWordIndex::wordsOf(key), words);
    }

    void queryWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("accents, case and spaces") << "  Nguyễn   VĂN " << list("nguyen van");
        QTest::newRow("đ") << "Đoàn" << list("doan");
        QTest::newRow("a code stays whole") << "UBND-15" << list("ubnd-15");
        QTest::newRow("punctuation around") << "(khoi, thon" << list("khoi thon");
        QTest::newRow("only punctuation") << "– %" << list("");
    }
    void queryWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(SearchWordIndex::queryWords(text), words);
    }

    void signature_data()
    {
        QTest::addColumn<QStringList>("query");
        QTest::addColumn<bool>("possible");
        QTest::newRow("whole words") << list("nguyen van an") << true;
        QTest::newRow("beginnings of one to five letters") << list("n ng ngu nguy nguye va a") << true;
        QTest::newRow("a family name it does not have") << list("tran") << false;
        QTest::newRow("a word it does not have") << list("hoa") << false;
    }
    void signature()
    {
        QFETCH(QStringList, query);
        QFETCH(bool, possible);
        // No false negatives: every word beginning of the owner passes; these absent ones do not collide.
        const qint64 bits = SearchWordIndex::signature(list("nguyen van an"));
        const qint64 required = SearchWordIndex::requiredBits(query);
        QCOMPARE((bits & required) == required, possible);
    }

    void signatureIsStable()
    {
        // Stored in every database: a changed hash would hide names from search until a migration rebuilt it.
        QCOMPARE(SearchWordIndex::signature(list("an")), (qint64(1) << 7) | (qint64(1) << 39));
        QCOMPARE(SearchWordIndex::requiredBits(list("ngoc")), qint64(1) << 20);
    }

    void prefixEnd_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("end");
        QTest::newRow("letters") << "hu" << "hv";
        QTest::newRow("z") << "z" << "{";
        QTest::newRow("digit") << "19" << "1:";
        QTest::newRow("beyond the basic plane") << QString::fromUcs4(U"a\U0001F600") << QString::fromUcs4(U"a\U0001F601");
    }
    void prefixEnd()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, end);
        QCOMPARE(SearchWordIndex::prefixEnd(prefix), end);
        // Every word that starts with the prefix lies in [prefix, end), compared as the database does (UTF-8 bytes).
        const QByteArray longer = (prefix + QStringLiteral("zzz\u00ff")).toUtf8();
        QVERIFY(longer >= prefix.toUtf8() && longer < end.toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestSearchWords)
#include "tst_search_words.moc"
