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

// Finds units and people by any part of their name (or a unit's code), ignoring diacritics and case.
class SearchRepository
{
public:
    explicit SearchRepository(QSqlDatabase db);
    // At most `limit` of each kind; the first found, not all matches, so a short word stays quick.
    bool search(const QString &text, int limit, QList<SearchHit> *hits, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
