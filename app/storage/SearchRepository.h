#pragma once

#include <QList>
#include <QSqlDatabase>

namespace daihoi {

// One thing a search found: a unit, or a person on a unit's committee in a term.
struct SearchHit
{
    enum class Kind { Unit, Person };
    Kind kind = Kind::Unit;
    qint64 unitId = 0;
    QString title;   // the unit's or the person's name
    QString code;    // the unit's code
    QString unitName;
    int termStartYear = 0; // a person: the term of the committee
    int termEndYear = 0;
};

// Finds units and people whose name (or a unit's code) has a word starting with each word typed, in any
// order, ignoring diacritics and case: "nguyen van" finds Nguyễn Văn An, "hu" finds Hùng, "van hoa" finds
// Chi bộ Văn hóa. Goes through the word index (SearchWordIndex), never a scan of units or people.
class SearchRepository
{
public:
    explicit SearchRepository(QSqlDatabase db);
    // At most `limit` of each kind; the first found, not all matches, so a short word stays quick.
    bool search(const QString &text, int limit, QList<SearchHit> *hits, QString *error) const;
    // The statement search() runs for units or people and a number of query words (tests check its plan).
    static QString statement(SearchHit::Kind kind, int wordCount);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
