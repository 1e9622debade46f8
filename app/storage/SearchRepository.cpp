#include "SearchRepository.h"

#include "QueryRunner.h"
#include "SearchWordIndex.h"

#include <QSqlQuery>

#include <algorithm>

namespace daihoi {

namespace {

using Kind = SearchWordIndex::Kind;

// Index rows read at most to tell how common a query word is: enough to tell a rare word from a common one,
// few enough that ranking costs about a millisecond however common the word.
constexpr int rankingSample = 2000;

// The query words, the one with the fewest index rows first (ties: the longer, more specific word), since the
// search walks the first word's index range and checks the others per candidate. Empty when a word matches
// nothing, so the search need not run at all.
bool bySelectivity(QSqlDatabase db, Kind kind, const QStringList &words, QStringList *ordered, QString *error)
{
    ordered->clear();
    if (words.size() == 1) {
        *ordered = words;
        return true;
    }
    QList<std::pair<int, QString>> ranked;
    QSqlQuery query(db);
    for (const QString &word : words) {
        if (!QueryRunner::run(query,
                              QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE word >= ? AND word < ? "
                                             "LIMIT %2) sampled")
                                  .arg(SearchWordIndex::table(kind))
                                  .arg(rankingSample),
                              {word, SearchWordIndex::prefixEnd(word)}, error))
            return false;
        const int count = query.next() ? query.value(0).toInt() : 0;
        if (count == 0)
            return true;
        ranked.append({count, word});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.size() > b.second.size();
    });
    for (const auto &[count, word] : ranked)
        ordered->append(word);
    return true;
}

// Bindings of statement(): the walked word's prefix range, the signature bits the other words need, their
// prefix ranges, the walked word's lower bound again for the "smallest word" check, then the limit.
QVariantList bindings(const QStringList &ordered, int limit)
{
    QVariantList values{ordered.first(), SearchWordIndex::prefixEnd(ordered.first())};
    if (ordered.size() > 1) {
        const qint64 bits = SearchWordIndex::requiredBits(ordered.mid(1));
        values += {bits, bits};
    }
    for (const QString &word : ordered.mid(1))
        values += {word, SearchWordIndex::prefixEnd(word)};
    values += {ordered.first(), limit};
    return values;
}

} // namespace

SearchRepository::SearchRepository(QSqlDatabase db)
    : m_db(db)
{
}

QString SearchRepository::statement(SearchHit::Kind kind, int wordCount)
{
    const Kind words = kind == SearchHit::Kind::Unit ? Kind::Unit : Kind::Person;
    const QString table = SearchWordIndex::table(words);
    const QString id = SearchWordIndex::idColumn(words);
    // Walks the first word's index range; the signature in the index rules out most owners lacking another
    // word before the lookups that check those words. An owner counts once, at its smallest word in the
    // walked range: that keeps the statement streaming up to its LIMIT where DISTINCT would not everywhere.
    QString condition = QStringLiteral("w.word >= ? AND w.word < ?");
    if (wordCount > 1)
        condition += QStringLiteral(" AND (w.signature & ?) = ?");
    for (int i = 1; i < wordCount; ++i)
        condition += QStringLiteral(" AND EXISTS (SELECT 1 FROM %1 x%3 WHERE x%3.%2 = w.%2 AND x%3.word >= ? "
                                    "AND x%3.word < ?)")
                         .arg(table, id)
                         .arg(i);
    condition += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 d WHERE d.%2 = w.%2 AND d.word >= ? "
                                "AND d.word < w.word)")
                     .arg(table, id);
    // CROSS JOIN with the join conditions in WHERE: the same inner join on every driver, and SQLite keeps
    // the tables in this order, the word range outermost, whatever its statistics say (after ANALYZE it
    // would otherwise loop over the few terms first).
    if (kind == SearchHit::Kind::Unit)
        return QStringLiteral("SELECT u.id, u.code, u.name FROM unit_words w CROSS JOIN units u "
                              "WHERE u.id = w.unit_id AND %1 LIMIT ?")
            .arg(condition);
    return QStringLiteral("SELECT p.full_name, u.id, u.code, u.name, t.start_year, t.end_year "
                          "FROM person_words w CROSS JOIN people p CROSS JOIN committee_members m "
                          "CROSS JOIN congresses c CROSS JOIN units u CROSS JOIN terms t "
                          "WHERE p.id = w.person_id AND m.person_id = p.id AND c.id = m.congress_id "
                          "AND u.id = c.unit_id AND t.id = c.term_id AND %1 LIMIT ?")
        .arg(condition);
}

bool SearchRepository::search(const QString &text, int limit, QList<SearchHit> *hits, QString *error) const
{
    hits->clear();
    const QStringList words = SearchWordIndex::queryWords(text);
    if (words.isEmpty())
        return true;
    QStringList ordered;
    if (!bySelectivity(m_db, Kind::Unit, words, &ordered, error))
        return false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!ordered.isEmpty()) {
        if (!QueryRunner::run(query, statement(SearchHit::Kind::Unit, int(ordered.size())), bindings(ordered, limit),
                              error))
            return false;
        while (query.next()) {
            SearchHit hit;
            hit.unitId = query.value(0).toLongLong();
            hit.code = query.value(1).toString();
            hit.title = query.value(2).toString();
            hits->append(hit);
        }
    }
    if (!bySelectivity(m_db, Kind::Person, words, &ordered, error))
        return false;
    if (ordered.isEmpty())
        return true;
    if (!QueryRunner::run(query, statement(SearchHit::Kind::Person, int(ordered.size())), bindings(ordered, limit),
                          error))
        return false;
    while (query.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Person;
        hit.title = query.value(0).toString();
        hit.unitId = query.value(1).toLongLong();
        hit.code = query.value(2).toString();
        hit.unitName = query.value(3).toString();
        hit.termStartYear = query.value(4).toInt();
        hit.termEndYear = query.value(5).toInt();
        hits->append(hit);
    }
    return true;
}

} // namespace daihoi
