#include "SearchWordIndex.h"

#include "QueryRunner.h"
#include "domain/SearchKey.h"

#include <QSqlError>
#include <QVariant>

namespace daihoi {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// A token without the punctuation around it: "1," → "1", "(khoi)" → "khoi", "–" → "".
QString trimmed(const QString &token)
{
    qsizetype first = 0;
    qsizetype last = token.size();
    while (first < last && !isWordChar(token.at(first)))
        ++first;
    while (last > first && !isWordChar(token.at(last - 1)))
        --last;
    return token.mid(first, last - first);
}

// Signature bits per beginning length: beginnings up to three letters tell Vietnamese syllables apart
// ("ng", "ngu", "ngo") where one or two would not.
constexpr qsizetype beginningLength = 3;

// Bit 0..62 for a word beginning (62 keeps the stored BIGINT positive): 32-bit FNV-1a over its UTF-16.
qint64 beginningBit(QStringView beginning)
{
    quint32 hash = 2166136261u;
    for (const QChar c : beginning) {
        hash = (hash ^ (c.unicode() & 0xff)) * 16777619u;
        hash = (hash ^ (c.unicode() >> 8)) * 16777619u;
    }
    return qint64(1) << (hash % 63);
}

int slot(SearchWordIndex::Kind kind)
{
    return kind == SearchWordIndex::Kind::Unit ? 0 : 1;
}

} // namespace

SearchWordIndex::SearchWordIndex(QSqlDatabase db)
    : m_db(db)
    , m_insert{QSqlQuery(db), QSqlQuery(db)}
{
}

QStringList SearchWordIndex::wordsOf(const QString &searchKey)
{
    QStringList words;
    const auto append = [&words](const QString &word) {
        if (!word.isEmpty() && !words.contains(word))
            words.append(word);
    };
    for (const QString &token : searchKey.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString word = trimmed(token);
        append(word);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= word.size(); ++i) {
            const bool inside = i < word.size() && isWordChar(word.at(i));
            if (inside && start < 0)
                start = i;
            else if (!inside && start >= 0) {
                if (start > 0 || i < word.size())
                    append(word.mid(start, i - start));
                start = -1;
            }
        }
    }
    return words;
}

QStringList SearchWordIndex::queryWords(const QString &text)
{
    QStringList words;
    for (const QString &token : SearchKey::of(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString word = trimmed(token);
        if (!word.isEmpty() && !words.contains(word))
            words.append(word);
    }
    return words;
}

QString SearchWordIndex::prefixEnd(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    if (points.isEmpty())
        return prefix;
    // Code point order is SQLite's BINARY order of UTF-8 and PostgreSQL's "C" collation.
    ++points.last();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
}

qint64 SearchWordIndex::signature(const QStringList &words)
{
    qint64 bits = 0;
    for (const QString &word : words) {
        for (qsizetype length = 1; length <= qMin(beginningLength, word.size()); ++length)
            bits |= beginningBit(QStringView(word).left(length));
    }
    return bits;
}

qint64 SearchWordIndex::requiredBits(const QStringList &queryWords)
{
    qint64 bits = 0;
    // A word starting with the query word starts with the query word's first letters (up to three) too.
    for (const QString &word : queryWords)
        bits |= beginningBit(QStringView(word).left(beginningLength));
    return bits;
}

QString SearchWordIndex::table(Kind kind)
{
    return kind == Kind::Unit ? QStringLiteral("unit_words") : QStringLiteral("person_words");
}

QString SearchWordIndex::idColumn(Kind kind)
{
    return kind == Kind::Unit ? QStringLiteral("unit_id") : QStringLiteral("person_id");
}

bool SearchWordIndex::add(Kind kind, qint64 id, const QString &searchKey, QString *error)
{
    QSqlQuery &insert = m_insert[slot(kind)];
    if (!m_prepared[slot(kind)]) {
        const QString sql =
            QStringLiteral("INSERT INTO %1 (word, %2, signature) VALUES (?, ?, ?)").arg(table(kind), idColumn(kind));
        if (!insert.prepare(sql)) {
            *error = insert.lastError().text();
            return false;
        }
        m_prepared[slot(kind)] = true;
    }
    const QStringList words = wordsOf(searchKey);
    const qint64 bits = signature(words);
    for (const QString &word : words) {
        insert.bindValue(0, word);
        insert.bindValue(1, id);
        insert.bindValue(2, bits);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool SearchWordIndex::replace(Kind kind, qint64 id, const QString &searchKey, QString *error)
{
    QSqlQuery remove(m_db);
    if (!QueryRunner::run(remove, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table(kind), idColumn(kind)),
                          {id}, error))
        return false;
    return add(kind, id, searchKey, error);
}

bool SearchWordIndex::rebuild(QString *error)
{
    return rebuild(Kind::Unit, error) && rebuild(Kind::Person, error);
}

bool SearchWordIndex::rebuild(Kind kind, QString *error)
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("DELETE FROM %1").arg(table(kind)), {}, error))
        return false;
    query.setForwardOnly(true);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT id, search_key FROM %1 ORDER BY id")
                              .arg(kind == Kind::Unit ? QStringLiteral("units") : QStringLiteral("people")),
                          {}, error))
        return false;
    while (query.next()) {
        if (!add(kind, query.value(0).toLongLong(), query.value(1).toString(), error))
            return false;
    }
    return true;
}

} // namespace daihoi
