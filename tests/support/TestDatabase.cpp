#include "TestDatabase.h"

#include "PgTestServer.h"
#include "services/AppSettings.h"
#include "services/DemoDatabaseBuilder.h"
#include "storage/OfficeSetup.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <cstdio>
#include <cstdlib>

namespace daihoi {

namespace {

// The `_pg` runs are registered with SKIP_RETURN_CODE 77: without a server they skip as a whole, with one
// line saying how to include them, except under CI, which must never skip them.
void requireServerOrLeave()
{
    if (!PgTestServer::serverUrl().isEmpty())
        return;
    if (PgTestServer::required()) {
        std::fprintf(stderr, "FAIL: CI=true but DAIHOI_TEST_PG_URL is not set: run ctest inside "
                             "tools/pg-test-server.sh run\n");
        std::fflush(stderr);
        std::_Exit(1);
    }
    std::fprintf(stderr, "SKIP: this is the PostgreSQL run of the test and there is no server for it; run ctest "
                         "inside tools/pg-test-server.sh run to include it\n");
    std::fflush(stderr);
    std::_Exit(77);
}

} // namespace

QString TestDatabase::vietnameseServer()
{
    // A Vietnamese office's server sorts text the Vietnamese way (an, Anh, Ánh, Bình, BT-DDT), where SQLite
    // compares code points (Anh, BT-DDT, Bình, an, Ánh): whatever the program orders must not depend on it.
    return QStringLiteral("TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN'");
}

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.db")))
    , m_db(std::make_unique<Database>())
{
    QStandardPaths::setTestModeEnabled(true);
    AppSettings().clear(); // no test depends on what an earlier one left remembered
    if (onServer()) {
        requireServerOrLeave();
        m_server = std::make_unique<PgTestServer>();
        m_path.clear();
    }
}

TestDatabase::~TestDatabase()
{
    m_db.reset(); // closed before the server drops the database
}

bool TestDatabase::onServer()
{
    return qEnvironmentVariable("DAIHOI_TEST_BACKEND") == QLatin1String("postgresql");
}

// The empty office (or the demo) is set up once per server and build of the program, in a template database
// every test database is then copied from: writing the demo statement by statement over a socket takes seconds,
// copying it a fraction of one. The build's time in the name: a changed schema or demo gets a template of its own.
QString TestDatabase::templateOnServer(bool demo, QString *error)
{
    const QDateTime built = QFileInfo(QStringLiteral(DAIHOI_CORE_LIBRARY)).lastModified();
    const QString name = QStringLiteral("daihoi_template_%1_%2")
                             .arg(demo ? QStringLiteral("demo") : QStringLiteral("office"))
                             .arg(built.toMSecsSinceEpoch());
    Database admin;
    if (!admin.connectServer(PgTestServer::serverUrl(), error))
        return {};
    QSqlQuery query(admin.connection());
    // One test process builds it while the others (ctest -j) wait for the lock, then find it there.
    if (!query.exec(QStringLiteral("SELECT pg_advisory_lock(1414)"))) {
        *error = query.lastError().text();
        return {};
    }
    auto exists = [&] {
        QSqlQuery found(admin.connection());
        found.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        found.addBindValue(name);
        return found.exec() && found.next();
    };
    bool ok = exists();
    if (!ok) {
        // Built under another name and renamed when complete, so a test that died half way leaves no template.
        const QString building = name + QStringLiteral("_building");
        ok = query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building))
             && query.exec(QStringLiteral("CREATE DATABASE %1 %2").arg(building, vietnameseServer()));
        if (!ok)
            *error = query.lastError().text();
        QUrl url(PgTestServer::serverUrl());
        url.setPath(QLatin1Char('/') + building);
        if (ok) {
            Database office;
            bool refused = false;
            // Set up as the administrator's `daihoi-cli office init` does; the tests connect as the superuser.
            ok = office.connectServer(url.toString(), error)
                 && OfficeSetup::initialize(office.connection(), url.toString(), error, &refused);
            office.close();
            ok = ok && office.openServer(url.toString(), error)
                 && (!demo || DemoDatabaseBuilder::build(office.connection(), error));
        }
        if (ok && !query.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name))) {
            *error = query.lastError().text();
            ok = false;
        }
    }
    query.exec(QStringLiteral("SELECT pg_advisory_unlock(1414)"));
    return ok ? name : QString();
}

QString TestDatabase::demoOffice(PgTestServer &server, QString *error)
{
    const QString from = templateOnServer(true, error);
    return from.isEmpty() ? QString() : server.createDatabase(error, from);
}

bool TestDatabase::createOnServer(bool demo)
{
    QString error;
    const QString from = templateOnServer(demo, &error);
    const QString url = from.isEmpty() ? QString() : m_server->createDatabase(&error, from);
    if (url.isEmpty()) {
        qWarning("cannot create a test database on the server: %s", qPrintable(error));
        return false;
    }
    m_path = url;
    return true;
}

bool TestDatabase::open()
{
    QString error;
    if (onServer() && m_path.isEmpty() && !createOnServer(false))
        return false;
    const bool ok = m_db->open(m_path, &error);
    if (!ok)
        qWarning("cannot open the test database: %s", qPrintable(error));
    return ok;
}

bool TestDatabase::openDemo()
{
    QString error;
    if (onServer() && m_path.isEmpty()) {
        if (!createOnServer(true) || !m_db->open(m_path, &error)) {
            qWarning("cannot open the demo on the server: %s", qPrintable(error));
            return false;
        }
        return true;
    }
    if (!open())
        return false;
    if (!DemoDatabaseBuilder::build(m_db->connection(), &error)) {
        qWarning("cannot build the demo: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace daihoi
