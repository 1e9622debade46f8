#pragma once

#include "domain/Congress.h"
#include "domain/Unit.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace daihoi {

// Where one unit stands with its congress of a term, as the unit tree marks it.
struct CongressMark
{
    // Planned without a date counts as not scheduled: there is nothing yet to hold the unit to.
    enum class State { NotScheduled, Planned, Held, Postponed };

    State state = State::NotScheduled;
    QDate date;    // held: the first day; planned or postponed: the planned date
    QDate lastDay; // held: the last day (the first day again for a one-day congress)

    static CongressMark of(Congress::Status status, const QDate &plannedDate, const QDate &heldFrom,
                           const QDate &heldTo);
    bool operator==(const CongressMark &o) const
    {
        return state == o.state && date == o.date && lastDay == o.lastDay;
    }
};

// A subordinate unit that held its congress in a term, as the progress page lists it.
struct HeldCongress
{
    enum class SortKey { Unit, Date, Attendance, Secretary, SecretaryPercent };

    Unit unit;
    QDate heldFrom;
    QDate heldTo;
    int present = 0;
    int summoned = 0;
    QString secretary;            // empty while no Bí thư is recorded
    qint64 secretaryPercent = -1; // hundredths of the Bí thư election's base; -1 when not elected by it
    bool secretaryAppointed = false;
};

// Reads congresses a page of units at a time: the marks of the tree's rows and the held congresses of a
// committee's units, sorted in SQL so a committee of thousands of units is never loaded whole.
class CongressOverviewQuery
{
public:
    explicit CongressOverviewQuery(QSqlDatabase db);

    // The marks of the given units' congresses in termId; units without a record get none.
    bool marks(qint64 termId, const QList<qint64> &unitIds, QHash<qint64, CongressMark> *marks,
               QString *error) const;
    // The held congresses of parentId's (0: the top level) non-retired units in termId, ordered by key.
    bool held(qint64 parentId, qint64 termId, HeldCongress::SortKey key, Qt::SortOrder order, int offset,
              int limit, QList<HeldCongress> *rows, QString *error) const;

    // The statements, for the tests of their query plans.
    static QString marksStatement(int unitCount);
    static QString heldStatement(const QString &parentCondition, HeldCongress::SortKey key,
                                 Qt::SortOrder order);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
