#include "RowVersions.h"

#include "QueryRunner.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace daihoi {

namespace {

const char *const clerkProperty = "daihoiClerk";

QString operatingSystemUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

void RowVersions::setClerk(QSqlDatabase db, const QString &name)
{
    // The driver is shared by every copy of the connection's handle and dies with the connection.
    if (QSqlDriver *driver = db.driver())
        driver->setProperty(clerkProperty, name.trimmed());
}

QString RowVersions::clerk(const QSqlDatabase &db)
{
    const QString name = db.driver() ? db.driver()->property(clerkProperty).toString() : QString();
    return name.isEmpty() ? operatingSystemUser() : name;
}

QString RowVersions::updateSet()
{
    return QStringLiteral("row_version = row_version + 1, changed_by = ?, changed_at = ?");
}

QVariantList RowVersions::stampValues(const QSqlDatabase &db)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A server's trigger overwrites both with its login and clock; SQLite keeps what is written here.
    if (db.driverName() == QLatin1String("QPSQL"))
        return {QueryRunner::textValue(clerk(db)), now};
    return {QueryRunner::textValue(clerk(db)), now.toString(Qt::ISODate)};
}

QString RowVersions::insertColumns()
{
    return QStringLiteral("changed_by, changed_at");
}

QVariantList RowVersions::insertValues(const QSqlDatabase &db)
{
    return stampValues(db);
}

QString RowVersions::table(Kind kind)
{
    switch (kind) {
    case Kind::Congress:
        return QStringLiteral("congresses");
    case Kind::Election:
        return QStringLiteral("elections");
    case Kind::Unit:
        return QStringLiteral("units");
    }
    return {};
}

bool RowVersions::lastChange(QSqlDatabase db, Kind kind, qint64 id, int *version, QString *by, QDateTime *at,
                             QString *error)
{
    QSqlQuery query(db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT row_version, changed_by, changed_at FROM %1 WHERE id = ?").arg(table(kind)),
                          {id}, error))
        return false;
    error->clear();
    if (!query.next())
        return false;
    *version = query.value(0).toInt();
    *by = query.value(1).toString();
    const QVariant when = query.value(2);
    // QPSQL gives a timestamptz as a date-time; SQLite gives the ISO text written by stampValues().
    *at = when.typeId() == QMetaType::QDateTime ? when.toDateTime() : QDateTime::fromString(when.toString(), Qt::ISODate);
    return true;
}

QString RowVersions::timeText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString RowVersions::refusal(QSqlDatabase db, Kind kind, qint64 id)
{
    int version = 0;
    QString by;
    QDateTime at;
    QString error;
    if (!lastChange(db, kind, id, &version, &by, &at, &error)) {
        if (!error.isEmpty())
            return error;
        switch (kind) {
        case Kind::Congress:
            return tr("This congress was deleted meanwhile. Your data has not been saved.");
        case Kind::Election:
            return tr("This election was deleted meanwhile. Your data has not been saved.");
        case Kind::Unit:
            return tr("This unit was deleted meanwhile. Your data has not been saved.");
        }
    }
    if (by.isEmpty())
        by = tr("another clerk");
    const QString when = at.isValid() ? timeText(at) : tr("an unknown time");
    switch (kind) {
    case Kind::Congress:
        return tr("This congress was just changed by %1 at %2. Your data has not been saved.").arg(by, when);
    case Kind::Election:
        return tr("This election was just changed by %1 at %2. Your data has not been saved.").arg(by, when);
    case Kind::Unit:
        return tr("This unit was just changed by %1 at %2. Your data has not been saved.").arg(by, when);
    }
    return {};
}

} // namespace daihoi
