#include "CommitteeTargetQuery.h"

#include "storage/QueryRunner.h"
#include "storage/QuerySnapshot.h"
#include "storage/targets/TargetRepository.h"

#include <QSqlQuery>

namespace daihoi {

namespace {

// Every unit below the committee, at any depth; the recursive CTE is standard SQL (SQLite and PostgreSQL).
const char *const subordinates = "WITH RECURSIVE sub(id) AS ("
                                 " SELECT id FROM units WHERE parent_id = ?"
                                 " UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) ";

QString resultCondition(CommitteeTargetFilter::Result result)
{
    switch (result) {
    case CommitteeTargetFilter::Result::Any:
        return {};
    case CommitteeTargetFilter::Result::AchievedOrExceeded:
        return QStringLiteral(" AND r.result IN ('achieved', 'exceeded')");
    case CommitteeTargetFilter::Result::Exceeded:
        return QStringLiteral(" AND r.result = 'exceeded'");
    case CommitteeTargetFilter::Result::Achieved:
        return QStringLiteral(" AND r.result = 'achieved'");
    case CommitteeTargetFilter::Result::NotAchieved:
        return QStringLiteral(" AND r.result = 'not-achieved'");
    case CommitteeTargetFilter::Result::NotReviewed:
        return QStringLiteral(" AND r.result = 'pending'");
    }
    return {};
}

// The rows of one committee and term with their result, as a derived table "r" to filter on.
QString filteredRows(const QString &select, const CommitteeTargetFilter &filter, QVariantList *values,
                     qint64 committeeId, qint64 termId)
{
    *values = {committeeId, termId};
    QString groupCondition;
    if (!filter.group.isEmpty()) {
        groupCondition = QStringLiteral(" AND t.target_group = ?");
        values->append(filter.group);
    }
    return QString::fromLatin1(subordinates) +
           QStringLiteral(
               "SELECT %1 FROM (SELECT u.id AS unit_id, u.parent_id AS unit_parent, u.code AS unit_code, "
               "u.name AS unit_name, u.level AS unit_level, %2, %3 AS result "
               "FROM sub JOIN units u ON u.id = sub.id "
               "JOIN congresses c ON c.unit_id = u.id AND c.term_id = ? "
               "JOIN congress_targets t ON t.congress_id = c.id WHERE 1 = 1%4) r WHERE 1 = 1%5")
               .arg(select, TargetRepository::columns(QStringLiteral("t")),
                    CommitteeTargetQuery::resultSql(QStringLiteral("t")), groupCondition,
                    resultCondition(filter.result));
}

void addTally(TargetTally *tally, const QSqlQuery &query, int first)
{
    tally->exceeded = query.value(first).toInt();
    tally->achieved = query.value(first + 1).toInt();
    tally->notAchieved = query.value(first + 2).toInt();
    tally->notReviewed = query.value(first + 3).toInt();
}

const char *const tallyColumns = "SUM(CASE WHEN %1 = 'exceeded' THEN 1 ELSE 0 END) AS exceeded, "
                                 "SUM(CASE WHEN %1 = 'achieved' THEN 1 ELSE 0 END) AS achieved, "
                                 "SUM(CASE WHEN %1 = 'not-achieved' THEN 1 ELSE 0 END) AS not_achieved, "
                                 "SUM(CASE WHEN %1 = 'pending' THEN 1 ELSE 0 END) AS not_reviewed";

} // namespace

CommitteeTargetQuery::CommitteeTargetQuery(QSqlDatabase db) : m_db(db) {}

QString CommitteeTargetQuery::resultSql(const QString &a)
{
    return QStringLiteral("(CASE WHEN %1.reached_scaled IS NULL THEN 'pending' "
                          "WHEN %1.reached_scaled = %1.value_scaled THEN 'achieved' "
                          "WHEN %1.comparison = 'ge' AND %1.reached_scaled > %1.value_scaled THEN 'exceeded' "
                          "WHEN %1.comparison = 'le' AND %1.reached_scaled < %1.value_scaled THEN 'exceeded' "
                          "ELSE 'not-achieved' END)")
        .arg(a);
}

bool CommitteeTargetQuery::rows(qint64 committeeId, qint64 termId, const CommitteeTargetFilter &filter,
                                int offset, int limit, QList<CommitteeTargetRow> *rows, QString *error) const
{
    QVariantList values;
    const QString sql = filteredRows(QStringLiteral("r.*"), filter, &values, committeeId, termId) +
                        QStringLiteral(" ORDER BY r.unit_code, r.position, r.id LIMIT ? OFFSET ?");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(query, sql, values + QVariantList{limit, offset}, error))
        return false;
    rows->clear();
    while (query.next()) {
        CommitteeTargetRow row;
        row.unit.id = query.value(0).toLongLong();
        row.unit.parentId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
        row.unit.code = query.value(2).toString();
        row.unit.name = query.value(3).toString();
        UnitLevels::fromKey(query.value(4).toString(), &row.unit.level);
        row.target = TargetRepository::fromRow(query, 5);
        TargetResults::fromKey(query.value(16).toString(), &row.result);
        rows->append(row);
    }
    return true;
}

bool CommitteeTargetQuery::count(qint64 committeeId, qint64 termId, const CommitteeTargetFilter &filter,
                                 int *count, QString *error) const
{
    QVariantList values;
    const QString sql = filteredRows(QStringLiteral("COUNT(*)"), filter, &values, committeeId, termId);
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, sql, values, error))
        return false;
    *count = query.next() ? query.value(0).toInt() : 0;
    return true;
}

bool CommitteeTargetQuery::tally(qint64 committeeId, qint64 termId, const QString &group, TargetTally *tally,
                                 QString *error) const
{
    CommitteeTargetFilter filter;
    filter.group = group;
    QVariantList values;
    const QString sql = filteredRows(QString::fromLatin1(tallyColumns).arg(QStringLiteral("r.result")),
                                     filter, &values, committeeId, termId);
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, sql, values, error))
        return false;
    *tally = TargetTally();
    if (query.next())
        addTally(tally, query, 0);
    return true;
}

bool CommitteeTargetQuery::unitTallies(qint64 committeeId, qint64 termId, const QString &group,
                                       QuerySnapshot *snapshot, QString *error) const
{
    QVariantList values{committeeId, termId};
    QString groupCondition;
    if (!group.isEmpty()) {
        groupCondition = QStringLiteral(" AND t.target_group = ?");
        values.append(group);
    }
    // A LEFT JOIN keeps the units whose congress has no targets yet: 0/0 is worth seeing.
    const QString result = resultSql(QStringLiteral("t"));
    const QString counted = QStringLiteral("(CASE WHEN t.id IS NULL THEN NULL ELSE %1 END)").arg(result);
    const QString sql = QString::fromLatin1(subordinates) +
                        QStringLiteral("SELECT u.id AS unit_id, u.parent_id AS parent_id, u.code AS code, "
                                       "u.name AS name, u.level AS level, %1 "
                                       "FROM sub JOIN units u ON u.id = sub.id "
                                       "JOIN congresses c ON c.unit_id = u.id AND c.term_id = ? "
                                       "LEFT JOIN congress_targets t ON t.congress_id = c.id%2 "
                                       "GROUP BY u.id, u.parent_id, u.code, u.name, u.level")
                            .arg(QString::fromLatin1(tallyColumns).arg(counted), groupCondition);
    return snapshot->take(sql, QStringLiteral("code"), values, error);
}

bool CommitteeTargetQuery::unitTallyPage(const QuerySnapshot &snapshot, int offset, int limit,
                                         QList<UnitTargetTally> *tallies, QString *error)
{
    QSqlQuery query(snapshot.connection());
    if (!snapshot.page(offset, limit, &query, error))
        return false;
    tallies->clear();
    while (query.next()) {
        UnitTargetTally item;
        item.unit.id = query.value(0).toLongLong();
        item.unit.parentId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
        item.unit.code = query.value(2).toString();
        item.unit.name = query.value(3).toString();
        UnitLevels::fromKey(query.value(4).toString(), &item.unit.level);
        addTally(&item.tally, query, 5);
        tallies->append(item);
    }
    return true;
}

bool CommitteeTargetQuery::groups(qint64 committeeId, qint64 termId, QStringList *groups,
                                  QString *error) const
{
    const QString sql =
        QString::fromLatin1(subordinates) +
        QStringLiteral("SELECT DISTINCT t.target_group FROM sub "
                       "JOIN congresses c ON c.unit_id = sub.id AND c.term_id = ? "
                       "JOIN congress_targets t ON t.congress_id = c.id ORDER BY t.target_group");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(query, sql, {committeeId, termId}, error))
        return false;
    groups->clear();
    while (query.next())
        groups->append(query.value(0).toString());
    return true;
}

} // namespace daihoi
