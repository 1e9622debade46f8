#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

// The words of each unit's and person's search key (SearchKey), one row each in unit_words and
// person_words, so a search finds names by word prefix through an index instead of scanning every row.
// Every write of a units or people search_key goes through here; deleting the row deletes its words
// (ON DELETE CASCADE).
class SearchWordIndex
{
public:
    enum class Kind { Unit, Person };

    explicit SearchWordIndex(QSqlDatabase db);

    // The distinct words stored for a key: each space-separated token without leading and trailing
    // punctuation ("(khoi)" → "khoi") and, for a token like "ubnd-15", also its parts "ubnd" and "15".
    static QStringList wordsOf(const QString &searchKey);
    // The words of a typed search: the key's tokens trimmed the same way, each to be matched as a prefix.
    static QStringList queryWords(const QString &text);
    // The smallest text greater than every text starting with prefix, for `word >= prefix AND word < end`:
    // a prefix range the word index answers on every driver (in code point order, the column's collation).
    static QString prefixEnd(const QString &prefix);
    // Bits of the beginnings (first one, two and three letters) of an owner's words, stored on each of its
    // rows: a search walking one word's rows skips, without a lookup, the owners whose signature lacks a
    // bit that another typed word needs (requiredBits). Stored, so the hash behind it must never change.
    static qint64 signature(const QStringList &words);
    // The bits an owner's signature has when it has a word starting with each of the query words.
    static qint64 requiredBits(const QStringList &queryWords);
    static QString table(Kind kind);
    static QString idColumn(Kind kind);

    // Words of a row that has none yet (a new row). Keeps its prepared statement for the next row: bulk
    // writers hold one SearchWordIndex. (One row per statement on purpose: SQLite keeps a statement journal
    // for a multi-row INSERT that may fail halfway, which made bulk writes several times slower.)
    bool add(Kind kind, qint64 id, const QString &searchKey, QString *error);
    // Words of a row whose key changed.
    bool replace(Kind kind, qint64 id, const QString &searchKey, QString *error);
    // Every row's words again from units.search_key and people.search_key (the migration that adds the index).
    bool rebuild(QString *error);

private:
    bool rebuild(Kind kind, QString *error);

    QSqlDatabase m_db;
    QSqlQuery m_insert[2];
    bool m_prepared[2] = {false, false};
};

} // namespace daihoi
