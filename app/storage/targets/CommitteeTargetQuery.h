#pragma once

#include "storage/targets/CommitteeTargetFilter.h"
#include "storage/targets/CommitteeTargetRow.h"
#include "storage/targets/UnitTargetTally.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

class QuerySnapshot;

// The targets of every unit below a committee (at any depth) in one term, filtered, counted and paged in SQL,
// so a provincial office never loads all its units' targets to show one page.
class CommitteeTargetQuery
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CommitteeTargetQuery)
public:
    explicit CommitteeTargetQuery(QSqlDatabase db);

    // Ordered by unit code, then the targets' order.
    bool rows(qint64 committeeId, qint64 termId, const CommitteeTargetFilter &filter, int offset, int limit,
              QList<CommitteeTargetRow> *rows, QString *error) const;
    bool count(qint64 committeeId, qint64 termId, const CommitteeTargetFilter &filter, int *count,
               QString *error) const;
    // The results over all units, for the targets of one group (empty: all groups).
    bool tally(qint64 committeeId, qint64 termId, const QString &group, TargetTally *tally,
               QString *error) const;
    // Per unit with a congress in the term, ordered by code, taken into SNAPSHOT once and then
    // read a page at a time with unitTallyPage().
    bool unitTallies(qint64 committeeId, qint64 termId, const QString &group, QuerySnapshot *snapshot,
                     QString *error) const;
    static bool unitTallyPage(const QuerySnapshot &snapshot, int offset, int limit, QList<UnitTargetTally> *tallies,
                              QString *error);
    // The groups used by the units' targets, for the filter.
    bool groups(qint64 committeeId, qint64 termId, QStringList *groups, QString *error) const;

    // The result of a congress_targets row under `alias`, as the keys of TargetResults; the same rule
    // as TargetEvaluator, written in portable SQL.
    static QString resultSql(const QString &alias);

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
