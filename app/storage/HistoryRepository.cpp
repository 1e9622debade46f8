#include "HistoryRepository.h"

#include "QueryRunner.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace daihoi {

namespace {

QJsonObject objectOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QDateTime timeOf(const QVariant &value)
{
    // PostgreSQL hands a timestamptz over as a date-time, SQLite's column is ISO 8601 text in UTC.
    QDateTime time = value.userType() == QMetaType::QDateTime
                         ? value.toDateTime()
                         : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

} // namespace

HistoryRepository::HistoryRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool HistoryRepository::forCongress(qint64 congressId, qint64 beforeId, int limit, QList<HistoryEntry> *entries,
                                    QString *error) const
{
    return read(QStringLiteral("(congress_id = ? OR (table_name = 'people' AND row_id IN"
                               " (SELECT person_id FROM committee_members WHERE congress_id = ?)))"),
                {congressId, congressId}, beforeId, limit, entries, error);
}

bool HistoryRepository::forUnit(qint64 unitId, qint64 beforeId, int limit, QList<HistoryEntry> *entries,
                                QString *error) const
{
    return read(QStringLiteral("unit_id = ?"), {unitId}, beforeId, limit, entries, error);
}

bool HistoryRepository::forUnitTerm(qint64 unitId, qint64 termId, qint64 beforeId, int limit,
                                    QList<HistoryEntry> *entries, QString *error) const
{
    return read(QStringLiteral("unit_id = ? AND (congress_id IS NULL OR congress_id IN"
                               " (SELECT id FROM congresses WHERE unit_id = ? AND term_id = ?))"),
                {unitId, unitId, termId}, beforeId, limit, entries, error);
}

bool HistoryRepository::read(const QString &where, QVariantList values, qint64 beforeId, int limit,
                             QList<HistoryEntry> *entries, QString *error) const
{
    entries->clear();
    QString sql = QStringLiteral("SELECT id, changed_at, login, table_name, row_id, unit_id, congress_id, action,"
                                 " old_row, new_row FROM change_history WHERE ")
                  + where;
    if (beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        values.append(beforeId);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values.append(limit);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!QueryRunner::run(query, sql, values, error))
        return false;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.changedAt = timeOf(query.value(1));
        entry.login = query.value(2).toString();
        entry.table = query.value(3).toString();
        entry.rowId = query.value(4).toLongLong();
        entry.unitId = query.value(5).toLongLong();
        entry.congressId = query.value(6).toLongLong();
        entry.action = query.value(7).toString();
        entry.oldRow = objectOf(query.value(8));
        entry.newRow = objectOf(query.value(9));
        entries->append(entry);
    }
    return true;
}

} // namespace daihoi
