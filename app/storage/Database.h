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
    // A file written by a newer program is refused and left untouched.
    bool openSqlite(const QString &path, QString *error);
    // Opens an office database on a PostgreSQL server, postgresql://user@host:port/dbname?sslmode=...
    // (a socket folder as host=/dir). Its schema must be the one this program knows: the server is
    // set up and upgraded only by the administrator's `daihoi-cli office` commands.
    bool openServer(const QString &url, QString *error);
    // Connects without looking at the schema, for `daihoi-cli office` itself.
    bool connectServer(const QString &url, QString *error);
    // A server URL or an SQLite file path.
    bool open(const QString &location, QString *error);
    void close();
    // Opens an office database's connection again after the server dropped it (a restart, a network cut,
    // an administrator ending it); does nothing while it still answers, or on SQLite.
    bool reconnect(QString *error);

    static bool isServerUrl(const QString &location);

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString location() const { return m_location; }
    bool isSqlite() const;

    static QString defaultPath(); // the file in the user's data folder

private:
    bool readSchemaVersionReadOnly(const QString &path, int *version, QString *error);

    QString m_connectionName;
    QString m_location;
};

} // namespace daihoi
