#pragma once

#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QtTest>

namespace daihoi {

// The PostgreSQL server tests run against: DAIHOI_TEST_PG_URL (tools/pg-test-server.sh sets it around
// ctest). Each test gets fresh databases of its own on it, dropped again when the test ends.
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    static QString serverUrl() { return qEnvironmentVariable("DAIHOI_TEST_PG_URL"); }
    // CI must run the server tests; a developer's machine without a server skips them.
    static bool required() { return qEnvironmentVariable("CI") == QLatin1String("true"); }

    // A new empty database on the server (or a copy of TEMPLATENAME); its URL, or an empty string and *error.
    QString createDatabase(QString *error, const QString &templateName = QString());
    // Runs a statement as the server's superuser (to set up roles for a test).
    bool exec(const QString &sql, QString *error);
    // Runs SQL through psql as a clerk's own login (with their password) on the database of databaseUrl, as a
    // clerk at the office could; psql's output (rows, or "UPDATE 0", or the server's refusal).
    static QString psql(const QString &databaseUrl, const QString &login, const QString &secret, const QString &sql,
                        int *exitCode);

private:
    Database m_admin;
    QStringList m_created;
};

} // namespace daihoi

// At the start of a test function (or initTestCase) that needs the server.
#define DAIHOI_REQUIRE_PG_SERVER()                                                                                  \
    do {                                                                                                            \
        if (daihoi::PgTestServer::serverUrl().isEmpty()) {                                                          \
            if (daihoi::PgTestServer::required())                                                                   \
                QFAIL("CI=true but DAIHOI_TEST_PG_URL is not set: run ctest inside tools/pg-test-server.sh run");    \
            QSKIP("No PostgreSQL server for the tests: run ctest inside tools/pg-test-server.sh run to include them"); \
        }                                                                                                           \
    } while (false)
