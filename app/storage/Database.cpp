#include "Database.h"

#include "HistorySession.h"
#include "SchemaMigrator.h"
#include "services/AppSettings.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

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

// The libpq connection options daihoi passes through from a URL's query; anything else is refused.
const QStringList &passedOptions()
{
    static const QStringList options{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return options;
}

bool isLocal(const QString &host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost")
           || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
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

bool Database::reconnect(QString *error)
{
    QSqlDatabase db = connection();
    if (!db.isValid() || isSqlite())
        return true;
    if (QSqlQuery probe(db); db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
        return true;
    db.close();
    if (!db.open()) {
        *error = tr("Cannot connect to %1: %2").arg(m_location, db.lastError().text());
        return false;
    }
    return true;
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

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

bool Database::open(const QString &location, QString *error)
{
    return isServerUrl(location) ? openServer(location, error) : openSqlite(location, error);
}

bool Database::connectServer(const QString &address, QString *error)
{
    close();
    const QUrl url(address, QUrl::StrictMode);
    // The password comes from PGPASSWORD or ~/.pgpass (libpq reads both), never from the command line
    // or settings, where other users and backups see it; the message does not repeat the address.
    if (!url.password().isEmpty()) {
        *error = tr("The database address must not contain a password. Put it in ~/.pgpass or PGPASSWORD.");
        return false;
    }
    if (!url.isValid() || url.path().size() < 2) {
        *error = tr("%1 is not a database address of the form postgresql://user@host/database.")
                     .arg(url.toDisplayString(QUrl::RemovePassword));
        return false;
    }
    const QUrlQuery query(url);
    QString host = url.host();
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=daihoi"),
                        // A server gone from the network is noticed within 10 s, not the system's two hours.
                        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=4"),
                        QStringLiteral("keepalives_interval=2"), QStringLiteral("keepalives_count=2"),
                        QStringLiteral("tcp_user_timeout=6000")};
    QString sslmode;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            host = value;
        } else if (key == QLatin1String("sslmode")) {
            sslmode = value;
        } else if (passedOptions().contains(key)) {
            options.append(key + QLatin1Char('=') + value);
        } else {
            *error = tr("The database address has an unknown option %1.").arg(key);
            return false;
        }
    }
    // A plain-text connection only to this machine; over a network TLS is required, never a silent fallback.
    const bool encrypted = sslmode == QLatin1String("require") || sslmode == QLatin1String("verify-ca")
                           || sslmode == QLatin1String("verify-full");
    if (sslmode.isEmpty())
        sslmode = isLocal(host) ? QStringLiteral("prefer") : QStringLiteral("require");
    else if (!encrypted && !isLocal(host)) {
        *error = tr("sslmode=%1 would send the office's data unencrypted to %2; use sslmode=require or "
                    "verify-full.")
                     .arg(sslmode, host);
        return false;
    }
    if (host.startsWith(QLatin1Char('/')))
        sslmode = QStringLiteral("disable"); // a Unix socket has no TLS
    options.append(QStringLiteral("sslmode=") + sslmode);

    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = tr("This computer lacks PostgreSQL support for Qt (Debian package libqt6sql6-psql).");
        close();
        return false;
    }
    db.setHostName(host);
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setConnectOptions(options.join(QLatin1Char(';')));
    const QString shown = url.toDisplayString(QUrl::RemovePassword);
    if (!db.open()) {
        *error = tr("Cannot connect to %1: %2").arg(shown, db.lastError().text());
        close();
        return false;
    }
    m_location = shown;
    return true;
}

bool Database::openServer(const QString &address, QString *error)
{
    if (!connectServer(address, error))
        return false;
    QSqlDatabase db = connection();
    int version = 0;
    if (!SchemaMigrator::readVersion(db, &version, error)) {
        *error = tr("%1 is not a daihoi database or is damaged: %2").arg(m_location, *error);
        close();
        return false;
    }
    if (version != SchemaMigrator::currentVersion()) {
        if (version == 0)
            *error = tr("%1 holds no daihoi office yet; the administrator creates it with: daihoi-cli office init")
                         .arg(m_location);
        else
            *error = tr("%1 has database version %2 and this program knows version %3; the administrator and "
                        "every clerk need the same daihoi version.")
                         .arg(m_location)
                         .arg(version)
                         .arg(SchemaMigrator::currentVersion());
        close();
        return false;
    }
    return true;
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
        || !SchemaMigrator::migrate(db, error)
        // The clerk's name from Settings (the desktop's and daihoi-cli's alike) signs this connection's changes.
        || !HistorySession::install(db, AppSettings().clerkName(), error)) {
        *error = tr("Cannot prepare %1: %2").arg(path, *error);
        close();
        return false;
    }
    m_location = path;
    return true;
}

} // namespace daihoi
