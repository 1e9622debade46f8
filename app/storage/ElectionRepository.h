#pragma once

#include "domain/elections/Election.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// Elections of a congress with their rounds and candidates. A save is checked by the rules of
// domain.md §3 against the congress's attendance first; a refused round saves nothing.
class ElectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ElectionRepository)
public:
    explicit ElectionRepository(QSqlDatabase db);

    bool forCongress(qint64 congressId, QList<Election> *elections, QString *error) const;
    // Inserts (id 0), replaces, or brings back under its former id (undo of a removal) the
    // election with all its rounds, in one transaction.
    bool save(Election *election, QString *error);
    bool remove(qint64 electionId, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
