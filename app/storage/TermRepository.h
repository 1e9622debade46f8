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
    // The terms a clerk working on one unit may choose, newest first: those in which a congress is
    // recorded for the unit, one of its committees (ancestors), a unit below it, or a unit directly
    // under one of its committees (what that committee's progress counts), and the terms no congress
    // uses yet (just added, so the first congress of a new term can be entered). `suggested` gets the
    // term to show first: the newest with a congress of the unit itself, else of a unit near it,
    // else the newest offered (0 when none is offered).
    bool offeredFor(qint64 unitId, QList<Term> *terms, qint64 *suggested, QString *error) const;
    bool add(Term *term, QString *error);
    // Only a term no congress refers to can be removed (undo of an addition).
    bool remove(qint64 id, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
