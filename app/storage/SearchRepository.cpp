#include "SearchRepository.h"

#include "QueryRunner.h"
#include "domain/SearchKey.h"

#include <QSqlQuery>

namespace daihoi {

SearchRepository::SearchRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool SearchRepository::search(const QString &text, int limit, QList<SearchHit> *hits, QString *error) const
{
    hits->clear();
    if (SearchKey::of(text).isEmpty())
        return true;
    const QString pattern = SearchKey::containsPattern(text);
    QSqlQuery units(m_db);
    units.setForwardOnly(true);
    if (!QueryRunner::run(units,
                          QStringLiteral("SELECT id, code, name FROM units WHERE search_key LIKE ? ESCAPE '\\' LIMIT ?"),
                          {pattern, limit}, error))
        return false;
    while (units.next()) {
        SearchHit hit;
        hit.unitId = units.value(0).toLongLong();
        hit.code = units.value(1).toString();
        hit.title = units.value(2).toString();
        hits->append(hit);
    }
    QSqlQuery people(m_db);
    people.setForwardOnly(true);
    if (!QueryRunner::run(people,
                          QStringLiteral("SELECT p.full_name, u.id, u.code, u.name, t.start_year, t.end_year "
                                         "FROM people p JOIN committee_members m ON m.person_id = p.id "
                                         "JOIN congresses c ON c.id = m.congress_id JOIN units u ON u.id = c.unit_id "
                                         "JOIN terms t ON t.id = c.term_id "
                                         "WHERE p.search_key LIKE ? ESCAPE '\\' LIMIT ?"),
                          {pattern, limit}, error))
        return false;
    while (people.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Person;
        hit.title = people.value(0).toString();
        hit.unitId = people.value(1).toLongLong();
        hit.code = people.value(2).toString();
        hit.unitName = people.value(3).toString();
        hit.termStartYear = people.value(4).toInt();
        hit.termEndYear = people.value(5).toInt();
        hits->append(hit);
    }
    return true;
}

} // namespace daihoi
