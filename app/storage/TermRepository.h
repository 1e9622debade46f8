#pragma once

#include "domain/Term.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace daihoi {

class TermRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::TermRepository)
public:
    explicit TermRepository(QSqlDatabase db);

    bool all(QList<Term> *terms, QString *error) const; // newest first
    // false with an empty error when there is no such term.
    bool byYears(int startYear, int endYear, Term *term, QString *error) const;
    bool byId(qint64 id, Term *term, QString *error) const;
    // The newest term that has congress records: where a clerk opening the program most likely works.
    // false with an empty error when no term has any.
    bool latestInUse(Term *term, QString *error) const;
    bool add(Term *term, QString *error);
    // Only a term no congress refers to can be removed (undo of an addition).
    bool remove(qint64 id, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
