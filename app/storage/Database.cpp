#include "Database.h"

#include "SchemaMigrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace daihoi {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("daihoi-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_location.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isSqlite() const
{
    return connection().driverName() == QLatin1String("QSQLITE");
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("daihoi.db"));
}

bool Database::readSchemaVersionReadOnly(const QString &path, int *version, QString *error)
{
    const QString name = nextConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = tr("Cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            ok = SchemaMigrator::readVersion(db, version, error);
            if (!ok)
                *error = tr("%1 is not a daihoi database or is damaged: %2").arg(path, *error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Database::openSqlite(const QString &path, QString *error)
{
    close();
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        // Read the version without writing anything: WAL and migrations would change a newer file.
        int version = 0;
        if (!readSchemaVersionReadOnly(path, &version, error))
            return false;
        if (version > SchemaMigrator::currentVersion()) {
            *error = tr("%1 was written by a newer version of daihoi (database version %2; this program knows "
                        "up to %3). It was left unchanged; open it with a newer daihoi.")
                         .arg(path)
                         .arg(version)
                         .arg(SchemaMigrator::currentVersion());
            return false;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }

    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("Cannot open %1: %2").arg(path, db.lastError().text());
        close();
        return false;
    }
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        || !exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
        // 64 MiB of page cache, not SQLite's 2 MiB: a national import or generation touches indexes all
        // over the file, and with the small cache spends most of its time re-reading evicted pages.
        || !exec(db, QStringLiteral("PRAGMA cache_size = -65536"), error)
        || !SchemaMigrator::migrate(db, error)) {
        *error = tr("Cannot prepare %1: %2").arg(path, *error);
        close();
        return false;
    }
    m_location = path;
    return true;
}

} // namespace daihoi
