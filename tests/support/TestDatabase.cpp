#include "TestDatabase.h"

#include "services/AppSettings.h"
#include "services/DemoDatabaseBuilder.h"

#include <QStandardPaths>
#include <QTest>

namespace daihoi {

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.db")))
    , m_db(std::make_unique<Database>())
{
    QStandardPaths::setTestModeEnabled(true);
    AppSettings().clear(); // no test depends on what an earlier one left remembered
}

bool TestDatabase::open()
{
    QString error;
    const bool ok = m_db->openSqlite(m_path, &error);
    if (!ok)
        qWarning("cannot open the test database: %s", qPrintable(error));
    return ok;
}

bool TestDatabase::openDemo()
{
    QString error;
    if (!open())
        return false;
    if (!DemoDatabaseBuilder::build(m_db->connection(), &error)) {
        qWarning("cannot build the demo: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace daihoi
