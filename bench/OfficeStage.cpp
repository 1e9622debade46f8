#include "OfficeStage.h"

#include "storage/Database.h"
#include "storage/OfficeCopier.h"
#include "storage/OfficeSetup.h"
#include "storage/SchemaMigrator.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

namespace daihoi::bench {

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = sql + QStringLiteral(": ") + query.lastError().text();
    return false;
}

} // namespace

QString OfficeStage::databaseUrl(const QString &serverUrl, const QString &name)
{
    QUrl url(serverUrl);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

bool OfficeStage::copy(const QString &file, const QString &serverUrl, const QString &name, bool reuse,
                       BenchFigures *figures, QString *error)
{
    Database sqlite;
    if (!sqlite.openSqlite(file, error))
        return false;
    const qint64 units = scalar(sqlite.connection(), QStringLiteral("SELECT COUNT(*) FROM units"));
    const QString url = databaseUrl(serverUrl, name);
    if (reuse) {
        Database earlier;
        QString ignored;
        if (earlier.openServer(url, &ignored)
            && scalar(earlier.connection(), QStringLiteral("SELECT COUNT(*) FROM units")) == units) {
            figures->set(QStringLiteral("copy_ms"), -1);
            figures->set(QStringLiteral("copied_units"), double(units));
            figures->set(QStringLiteral("database_mb"),
                         double(scalar(earlier.connection(), QStringLiteral("SELECT pg_database_size(current_database())")))
                             / (1024 * 1024));
            return true;
        }
    }
    {
        Database admin;
        if (!admin.connectServer(serverUrl, error)
            || !exec(admin.connection(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), error)
            || !exec(admin.connection(), QStringLiteral("CREATE DATABASE %1").arg(name), error))
            return false;
    }
    Database office;
    bool refused = false;
    if (!office.connectServer(url, error) || !OfficeSetup::initialize(office.connection(), url, error, &refused))
        return false;
    QElapsedTimer timer;
    timer.start();
    if (!OfficeCopier::copy(sqlite.connection(), office.connection(), url, error, &refused))
        return false;
    figures->set(QStringLiteral("copy_ms"), double(timer.elapsed()));
    timer.restart();
    if (!exec(office.connection(), QStringLiteral("ANALYZE"), error))
        return false;
    figures->set(QStringLiteral("analyze_ms"), double(timer.elapsed()));
    figures->set(QStringLiteral("copied_units"), double(scalar(office.connection(), QStringLiteral("SELECT COUNT(*) FROM units"))));
    figures->set(QStringLiteral("database_mb"),
                 double(scalar(office.connection(), QStringLiteral("SELECT pg_database_size(current_database())")))
                     / (1024 * 1024));
    figures->addPeakMemory();
    return true;
}

QString OfficeStage::serverDescription(const QString &serverUrl)
{
    Database admin;
    QString error;
    if (!admin.connectServer(serverUrl, &error))
        return error;
    QStringList settings;
    QSqlQuery query(admin.connection());
    if (query.exec(QStringLiteral("SELECT name, setting, COALESCE(unit, '') FROM pg_settings WHERE name IN"
                                  " ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost',"
                                  " 'fsync', 'jit') ORDER BY name"))) {
        while (query.next()) {
            QString value = query.value(1).toString();
            const QString unit = query.value(2).toString();
            if (unit == QLatin1String("8kB"))
                value = QString::number(value.toLongLong() * 8 / 1024) + QStringLiteral(" MB");
            else if (unit == QLatin1String("kB"))
                value = QString::number(value.toLongLong() / 1024) + QStringLiteral(" MB");
            settings.append(query.value(0).toString() + QLatin1Char('=') + value);
        }
    }
    QString version;
    if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
        version = query.value(0).toString();
    return QStringLiteral("PostgreSQL %1 on this machine, through a Unix socket; %2").arg(version, settings.join(QStringLiteral(", ")));
}

} // namespace daihoi::bench
