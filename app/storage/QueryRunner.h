#pragma once

#include <QSqlQuery>
#include <QVariantList>

namespace daihoi {

// Prepares, binds and runs one statement, turning a driver failure into an error string.
class QueryRunner
{
public:
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
    // Runs an INSERT … RETURNING id and gives the new row's id.
    static bool insert(QSqlDatabase db, const QString &sql, const QVariantList &values, qint64 *id,
                       QString *error);
    // A nullable date column: NULL for an invalid date, ISO text otherwise.
    static QVariant dateValue(const QDate &date);
    static QDate toDate(const QVariant &value);
    // A nullable time column, "HH:MM" text (portable across SQLite and PostgreSQL), NULL when not set.
    static QVariant timeValue(const QTime &time);
    static QTime toTime(const QVariant &value);
    // A NOT NULL text column: a null QString is bound as '' rather than NULL.
    static QVariant textValue(const QString &text);
};

} // namespace daihoi
