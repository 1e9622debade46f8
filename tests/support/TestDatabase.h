#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace daihoi {

// A database in a fresh temporary folder, removed with the test.
class TestDatabase
{
public:
    TestDatabase();
    QString path() const { return m_path; }
    // Opens (creating and migrating) the file; fails the test with the error otherwise.
    bool open();
    bool openDemo();
    Database &db() { return *m_db; }
    QSqlDatabase connection() { return m_db->connection(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace daihoi
