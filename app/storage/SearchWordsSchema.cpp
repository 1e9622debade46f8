#include "SearchWordsSchema.h"

#include "SchemaSql.h"
#include "SearchWordIndex.h"

namespace daihoi {

namespace {

struct WordTable
{
    const char *table;
    const char *owner;
    const char *ownerTable;
};

constexpr WordTable wordTables[] = {{"unit_words", "unit_id", "units"},
                                    {"person_words", "person_id", "people"}};

} // namespace

QStringList SearchWordsSchema::statements(const QSqlDatabase &db)
{
    QStringList statements;
    for (const WordTable &t : wordTables) {
        // Keyed by owner first, so replacing or cascading a row's words is one range of the table.
        statements.append(QStringLiteral("CREATE TABLE %1 ("
                                         " %2 BIGINT NOT NULL REFERENCES %3(id) ON DELETE CASCADE,"
                                         " word %4 NOT NULL,"
                                         // SearchWordIndex::signature of all the owner's words
                                         " signature BIGINT NOT NULL,"
                                         " PRIMARY KEY (%2, word))%5")
                              .arg(QLatin1String(t.table), QLatin1String(t.owner), QLatin1String(t.ownerTable),
                                   SchemaSql::codePointText(db), SchemaSql::withoutRowid(db)));
    }
    return statements;
}

bool SearchWordsSchema::fill(QSqlDatabase &db, QString *error)
{
    return SearchWordIndex(db).rebuild(error);
}

QStringList SearchWordsSchema::indexes(const QSqlDatabase &)
{
    QStringList statements;
    for (const WordTable &t : wordTables)
        // The signature in the index, so a search filters on it while it walks a word's range; after the
        // owner, so the walk visits owners in order and its lookups of their other words stay local.
        statements.append(QStringLiteral("CREATE INDEX %1_by_word ON %1(word, %2, signature)")
                              .arg(QLatin1String(t.table), QLatin1String(t.owner)));
    return statements;
}

} // namespace daihoi
