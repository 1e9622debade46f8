#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// Schema version 5: the word index of unit and people names (SearchWordIndex), so search finds a
// name by word prefix without scanning a national database.
class SearchWordsSchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
    // Fills the index from the rows an older database already holds; runs after statements().
    static bool fill(QSqlDatabase &db, QString *error);
    // The lookup by word, created after fill(): one pass over the filled tables is faster than keeping the
    // index up to date row by row.
    static QStringList indexes(const QSqlDatabase &db);
};

} // namespace daihoi
