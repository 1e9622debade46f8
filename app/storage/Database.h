#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace daihoi {

// One open connection to a daihoi database, migrated to the schema this program knows.
// Owns a uniquely named QSqlDatabase connection and removes it when destroyed.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::Database)
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when missing) an SQLite file: WAL, foreign keys, busy timeout, migrations.
    // A file written by a newer program is opened read-only and left untouched (see isReadOnly).
    bool openSqlite(const QString &path, QString *error);
    // Opens an office database on a PostgreSQL server, postgresql://user@host:port/dbname?sslmode=...
    // (a socket folder as host=/dir). An older schema is refused (the administrator upgrades it with
    // `daihoi-cli office upgrade`); a newer one opens read-only. The password, when given, goes to the
    // driver only; without one libpq reads PGPASSWORD or ~/.pgpass.
    bool openServer(const QString &url, QString *error, const QString &password = {});
    // Connects without looking at the schema, for `daihoi-cli office` itself.
    bool connectServer(const QString &url, QString *error, const QString &password = {});
    // A server URL or an SQLite file path.
    bool open(const QString &location, QString *error, const QString &password = {});
    void close();
    // Opens an office database's connection again after the server dropped it (a restart, a network cut,
    // an administrator ending it); does nothing while it still answers, or on SQLite.
    bool reconnect(QString *error);

    static bool isServerUrl(const QString &location);
    // What the server sees as application_name: the program's name ("daihoi", "daihoi-cli", ...), always
    // starting with "daihoi", so `office upgrade` can tell daihoi's connections from others.
    static QString clientName();

    bool isOpen() const;
    // A database written by a newer program: shown, never changed (GnuCash's rule). The schema of this
    // program's version is what is read; the newer columns are ignored.
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // Why nothing may be changed, in the user's language; empty when writable.
    QString readOnlyReason() const;
    QSqlDatabase connection() const;
    QString location() const { return m_location; }
    bool isSqlite() const;

    static QString defaultPath(); // the file in the user's data folder

private:
    bool readSchemaVersionReadOnly(const QString &path, int *version, QString *error);

    bool openReadOnlySqlite(const QString &path, int version, QString *error);
    static QString describeConnectFailure(const QString &host, const QString &database, const QString &driverText);

    QString m_connectionName;
    QString m_location;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
};

} // namespace daihoi
