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

bool TermRepository::offeredFor(qint64 unitId, QList<Term> *terms, qint64 *suggested, QString *error) const
{
    // First the cheap part: the unit, its committees (`up`), the units directly under any of them.
    // Recursive CTEs are portable to PostgreSQL.
    static const QString nearSql = QStringLiteral(
        "WITH RECURSIVE up(id, parent_id) AS ("
        "  SELECT id, parent_id FROM units WHERE id = ?"
        "  UNION ALL SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id),"
        " near(id) AS ("
        "  SELECT id FROM up UNION SELECT u.id FROM units u WHERE u.parent_id IN (SELECT id FROM up)),"
        " near_terms(term_id) AS ("
        "  SELECT DISTINCT c.term_id FROM congresses c JOIN near n ON n.id = c.unit_id)"
        " SELECT t.id, t.start_year, t.end_year,"
        "  EXISTS (SELECT 1 FROM congresses c WHERE c.term_id = t.id AND c.unit_id = ?) AS own,"
        "  t.id IN (SELECT term_id FROM near_terms) AS near,"
        "  EXISTS (SELECT 1 FROM congresses c WHERE c.term_id = t.id) AS used"
        " FROM terms t ORDER BY t.start_year DESC, t.end_year DESC");
    // Then, only when a used term is still missing, the whole subtree: at the top of a national
    // tree that walk reads every unit, and most of the time the first query already found all.
    static const QString belowSql = QStringLiteral(
        "WITH RECURSIVE down(id) AS ("
        "  SELECT id FROM units WHERE parent_id = ?"
        "  UNION ALL SELECT u.id FROM units u JOIN down ON u.parent_id = down.id)"
        " SELECT DISTINCT c.term_id FROM down JOIN congresses c ON c.unit_id = down.id");
    struct Row
    {
        Term term;
        bool own;
        bool near;
        bool used;
    };
    QList<Row> rows;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, nearSql, {unitId, unitId}, error))
        return false;
    bool missing = false;
    while (query.next()) {
        rows.append({termFromRow(query), query.value(3).toBool(), query.value(4).toBool(), query.value(5).toBool()});
        missing = missing || (rows.last().used && !rows.last().near);
    }
    if (missing) {
        // The only top-level unit has every unit below it: no walk needed (the national root on opening).
        static const QString soleRootSql = QStringLiteral(
            "SELECT parent_id IS NULL AND (SELECT COUNT(*) FROM units WHERE parent_id IS NULL) = 1"
            " FROM units WHERE id = ?");
        if (!QueryRunner::run(query, soleRootSql, {unitId}, error))
            return false;
        if (query.next() && query.value(0).toBool()) {
            for (Row &row : rows)
                row.near = row.near || row.used;
        } else {
            if (!QueryRunner::run(query, belowSql, {unitId}, error))
                return false;
            while (query.next()) {
                const qint64 termId = query.value(0).toLongLong();
                for (Row &row : rows)
                    row.near = row.near || row.term.id == termId;
            }
        }
    }
    terms->clear();
    qint64 ownId = 0;
    qint64 nearId = 0;
    for (const Row &row : std::as_const(rows)) {
        if (row.used && !row.near)
            continue;
        if (row.own && ownId == 0)
            ownId = row.term.id;
        if (row.near && nearId == 0)
            nearId = row.term.id;
        terms->append(row.term);
    }
    *suggested = ownId ? ownId : nearId ? nearId : terms->isEmpty() ? 0 : terms->first().id;
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
