#include "QueryRunner.h"

#include <QDate>
#include <QTime>
#include <QSqlDriver>
#include <QSqlError>

namespace daihoi {

bool QueryRunner::run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    // On PostgreSQL a result is fetched whole: QPSQL's row-by-row (forward-only) mode allows one open result
    // per connection, and the export walks two side by side. A server-side cursor would bound the memory.
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL && query.isForwardOnly()
        && !query.isActive())
        query.setForwardOnly(false);
    // PostgreSQL prepares only SELECT, INSERT, UPDATE and DELETE (QPSQL sends PREPARE ... AS), so a
    // statement without values, such as CREATE TEMP TABLE, runs as it is on either database.
    if (values.isEmpty()) {
        if (query.exec(sql))
            return true;
        *error = query.lastError().text();
        return false;
    }
    // The same query run again with the same statement stays prepared: rows written in a loop
    // (an election's candidates, an import's thousands of rows) are not parsed again each time.
    if (query.lastQuery() != sql && !query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool QueryRunner::insert(QSqlDatabase db, const QString &sql, const QVariantList &values, qint64 *id,
                         QString *error)
{
    QSqlQuery query(db);
    if (!run(query, sql + QStringLiteral(" RETURNING id"), values, error))
        return false;
    if (!query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *id = query.value(0).toLongLong();
    return true;
}

QVariant QueryRunner::dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant QueryRunner::timeValue(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

QTime QueryRunner::toTime(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QDate QueryRunner::toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant QueryRunner::textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace daihoi
