#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace daihoi {

class PgTestServer;

// A fresh database for one test, removed with it: an SQLite file in a temporary folder or, when the test
// runs with DAIHOI_TEST_BACKEND=postgresql (the `_pg` copy of every storage, exchange and report test), a new
// office database on the test server (DAIHOI_TEST_PG_URL), set up as `daihoi-cli office init` does.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // True in the `_pg` runs: every TestDatabase is then on the PostgreSQL server.
    static bool onServer();
    // The options of CREATE DATABASE for a server database collating as a Vietnamese office's server does.
    static QString vietnameseServer();
    // The file path, or the server database's postgresql:// URL: what a clerk passes to daihoi or daihoi-cli.
    QString path() const { return m_path; }
    // Opens (creating and migrating) the database; fails the test with the error otherwise.
    bool open();
    bool openDemo();
    Database &db() { return *m_db; }
    QSqlDatabase connection() { return m_db->connection(); }

    // A new office database on the test server holding the demo, copied from the demo template the `_pg`
    // runs share; its URL, or an empty string and *error.
    static QString demoOffice(PgTestServer &server, QString *error);

private:
    static QString templateOnServer(bool demo, QString *error);
    bool createOnServer(bool demo);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PgTestServer> m_server;
    std::unique_ptr<Database> m_db;
};

} // namespace daihoi
