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
    void close();

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
