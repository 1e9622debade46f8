#include "CongressOverviewQuery.h"

#include "QueryRunner.h"

#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

namespace {

// SQLite's limit on bound values is 999 in older builds: a longer list of units is read in parts.
constexpr int MaxUnitsPerStatement = 500;

// The expressions a column sorts by, most significant first.
QStringList orderKeys(HeldCongress::SortKey key)
{
    switch (key) {
    case HeldCongress::SortKey::Unit:
        return {QStringLiteral("u.position")};
    case HeldCongress::SortKey::Date:
        return {QStringLiteral("c.held_from")};
    case HeldCongress::SortKey::Attendance:
        // The share present, in ten-thousandths, in integer arithmetic on every driver.
        return {QStringLiteral("CASE WHEN c.summoned > 0 THEN (c.present * 10000) / c.summoned ELSE -1 END")};
    case HeldCongress::SortKey::Secretary:
        // Without diacritics or case (SearchKey), so "Đỗ" sorts with "Do", not after "Z".
        return {QStringLiteral("COALESCE(p.search_key, '')"), QStringLiteral("COALESCE(p.full_name, '')")};
    case HeldCongress::SortKey::SecretaryPercent:
        return {QStringLiteral("CASE WHEN m.id IS NULL OR m.appointed <> 0 OR m.role_votes = 0 THEN -1 "
                               "ELSE m.role_percent_hundredths END")};
    }
    return {QStringLiteral("u.position")};
}

} // namespace

CongressMark CongressMark::of(Congress::Status status, const QDate &plannedDate, const QDate &heldFrom,
                              const QDate &heldTo)
{
    CongressMark mark;
    switch (status) {
    case Congress::Status::Held:
        mark.state = State::Held;
        mark.date = heldFrom;
        mark.lastDay = heldTo.isValid() ? heldTo : heldFrom;
        break;
    case Congress::Status::Postponed:
        mark.state = State::Postponed;
        mark.date = plannedDate;
        break;
    case Congress::Status::Planned:
        mark.state = plannedDate.isValid() ? State::Planned : State::NotScheduled;
        mark.date = plannedDate;
        break;
    }
    return mark;
}

CongressOverviewQuery::CongressOverviewQuery(QSqlDatabase db) : m_db(db) {}

QString CongressOverviewQuery::marksStatement(int unitCount)
{
    QStringList placeholders;
    for (int i = 0; i < unitCount; ++i)
        placeholders.append(QStringLiteral("?"));
    return QStringLiteral("SELECT unit_id, status, planned_date, held_from, held_to FROM congresses "
                          "WHERE term_id = ? AND unit_id IN (%1)")
        .arg(placeholders.join(QStringLiteral(", ")));
}

bool CongressOverviewQuery::marks(qint64 termId, const QList<qint64> &unitIds,
                                  QHash<qint64, CongressMark> *marks, QString *error) const
{
    marks->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (qsizetype first = 0; first < unitIds.size(); first += MaxUnitsPerStatement) {
        const QList<qint64> part = unitIds.mid(first, MaxUnitsPerStatement);
        QVariantList values{termId};
        for (qint64 id : part)
            values.append(id);
        if (!QueryRunner::run(query, marksStatement(int(part.size())), values, error))
            return false;
        while (query.next()) {
            Congress::Status status = Congress::Status::Planned;
            Congress::statusFromKey(query.value(1).toString(), &status);
            marks->insert(query.value(0).toLongLong(),
                          CongressMark::of(status, QueryRunner::toDate(query.value(2)),
                                           QueryRunner::toDate(query.value(3)),
                                           QueryRunner::toDate(query.value(4))));
        }
    }
    return true;
}

QString CongressOverviewQuery::heldStatement(const QString &parentCondition, HeldCongress::SortKey key,
                                             Qt::SortOrder order)
{
    // The committee's units first, then each one's congress (CROSS JOIN keeps that order on SQLite and is a
    // plain inner join elsewhere): led by the term, SQLite would walk every congress of the country.
    const QString direction = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    const QString ordering = orderKeys(key).join(direction + QStringLiteral(", "));
    return QStringLiteral(
               "SELECT u.id, u.parent_id, u.code, u.name, u.level, c.held_from, c.held_to, c.present, "
               "c.summoned, p.full_name, m.role_percent_hundredths, m.role_votes, m.appointed "
               "FROM units u CROSS JOIN congresses c "
               "LEFT JOIN committee_members m ON m.congress_id = c.id AND m.role = 'secretary' "
               "LEFT JOIN people p ON p.id = m.person_id "
               "WHERE %1 AND c.unit_id = u.id AND c.term_id = ? AND u.retired = 0 AND c.status = 'held' "
               "ORDER BY %2%3, u.position, u.id LIMIT ? OFFSET ?")
        .arg(parentCondition, ordering, direction);
}

bool CongressOverviewQuery::held(qint64 parentId, qint64 termId, HeldCongress::SortKey key,
                                 Qt::SortOrder order, int offset, int limit, QList<HeldCongress> *rows,
                                 QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString parent =
        parentId > 0 ? QStringLiteral("u.parent_id = ?") : QStringLiteral("u.parent_id IS NULL");
    QVariantList values;
    if (parentId > 0)
        values.append(parentId);
    values << termId << limit << offset;
    if (!QueryRunner::run(query, heldStatement(parent, key, order), values, error))
        return false;
    rows->clear();
    while (query.next()) {
        HeldCongress row;
        row.unit.id = query.value(0).toLongLong();
        row.unit.parentId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
        row.unit.code = query.value(2).toString();
        row.unit.name = query.value(3).toString();
        UnitLevels::fromKey(query.value(4).toString(), &row.unit.level);
        row.heldFrom = QueryRunner::toDate(query.value(5));
        row.heldTo = QueryRunner::toDate(query.value(6));
        row.present = query.value(7).toInt();
        row.summoned = query.value(8).toInt();
        row.secretary = query.value(9).toString();
        row.secretaryAppointed = query.value(12).toInt() != 0;
        // As the printed summary: a percentage only for a Bí thư the congress elected.
        if (!query.value(10).isNull() && !row.secretaryAppointed && query.value(11).toInt() > 0)
            row.secretaryPercent = query.value(10).toLongLong();
        rows->append(row);
    }
    return true;
}

} // namespace daihoi
