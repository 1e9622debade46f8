#pragma once

#include "domain/Congress.h"
#include "domain/Progress.h"
#include "domain/Unit.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace daihoi {

// A subordinate unit whose congress is not held yet, with what is known of it.
struct PendingCongress
{
    Unit unit;
    bool hasRecord = false;
    Congress::Status status = Congress::Status::Planned;
    QDate plannedDate;
};

// Reads and writes congress records and the progress figures computed from them in SQL.
class CongressRepository
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CongressRepository)
public:
    explicit CongressRepository(QSqlDatabase db);

    // false with an empty error when the unit has no congress in that term.
    bool find(qint64 unitId, qint64 termId, Congress *congress, QString *error) const;
    // Inserts (id 0) or updates the record, its guests and its conduct in one transaction; validates first.
    bool save(Congress *congress, QString *error);
    // Inserts a removed record again under its former id (redo of a creation).
    bool restore(const Congress &congress, QString *error);
    bool remove(qint64 congressId, QString *error);

    // Progress of parentId's direct, non-retired subordinate units in termId, from SQL aggregates.
    bool progress(qint64 parentId, qint64 termId, Progress *progress, QString *error) const;
    bool pending(qint64 parentId, qint64 termId, int offset, int limit, QList<PendingCongress> *units,
                 QString *error) const;

private:
    bool write(Congress *congress, bool insertWithId, QString *error);
    bool loadGuests(Congress *congress, QString *error) const;
    bool saveGuests(const Congress &congress, QString *error);
    // The presidium, secretaries and counting board members, each list in its order.
    bool loadPeople(Congress *congress, QString *error) const;
    bool savePeople(const Congress &congress, QString *error);

    QSqlDatabase m_db;
};

} // namespace daihoi
