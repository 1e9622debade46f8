#include "TermRepository.h"

#include "QueryRunner.h"

#include <QSqlQuery>

namespace daihoi {

namespace {

Term termFromRow(const QSqlQuery &query)
{
    Term term;
    term.id = query.value(0).toLongLong();
    term.startYear = query.value(1).toInt();
    term.endYear = query.value(2).toInt();
    return term;
}

} // namespace

TermRepository::TermRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool TermRepository::all(QList<Term> *terms, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("SELECT id, start_year, end_year FROM terms "
                                                "ORDER BY start_year DESC, end_year DESC"),
                          {}, error))
        return false;
    terms->clear();
    while (query.next())
        terms->append(termFromRow(query));
    return true;
}

bool TermRepository::byYears(int startYear, int endYear, Term *term, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT id, start_year, end_year FROM terms WHERE start_year = ? AND end_year = ?"),
                          {startYear, endYear}, error))
        return false;
    error->clear();
    if (!query.next())
        return false;
    *term = termFromRow(query);
    return true;
}

bool TermRepository::byId(qint64 id, Term *term, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("SELECT id, start_year, end_year FROM terms WHERE id = ?"), {id}, error))
        return false;
    if (!query.next()) {
        *error = tr("No term has the id %1.").arg(id);
        return false;
    }
    *term = termFromRow(query);
    return true;
}

bool TermRepository::latestInUse(Term *term, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT t.id, t.start_year, t.end_year FROM terms t "
                                         "WHERE EXISTS (SELECT 1 FROM congresses c WHERE c.term_id = t.id) "
                                         "ORDER BY t.start_year DESC, t.end_year DESC LIMIT 1"),
                          {}, error))
        return false;
    error->clear();
    if (!query.next())
        return false;
    *term = termFromRow(query);
    return true;
}

bool TermRepository::add(Term *term, QString *error)
{
    if (term->endYear <= term->startYear || term->startYear < 1930 || term->endYear > term->startYear + 10) {
        *error = tr("Term: %1–%2 is not a term (the end year must follow the start year by at most 10 years).")
                     .arg(term->startYear)
                     .arg(term->endYear);
        return false;
    }
    Term existing;
    if (byYears(term->startYear, term->endYear, &existing, error)) {
        *error = tr("Term: %1 already exists.").arg(existing.label());
        return false;
    }
    if (!error->isEmpty())
        return false;
    return QueryRunner::insert(m_db, QStringLiteral("INSERT INTO terms (start_year, end_year) VALUES (?, ?)"),
                               {term->startYear, term->endYear}, &term->id, error);
}

bool TermRepository::remove(qint64 id, QString *error)
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("SELECT COUNT(*) FROM congresses WHERE term_id = ?"), {id}, error))
        return false;
    if (query.next() && query.value(0).toInt() > 0) {
        *error = tr("The term has congress records and cannot be removed.");
        return false;
    }
    return QueryRunner::run(query, QStringLiteral("DELETE FROM terms WHERE id = ?"), {id}, error);
}

} // namespace daihoi
