#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// The schema version after the conduct of the congress: a version on every row a clerk edits as a whole
// (congresses, elections, units) with who changed it last and when, so a save of a row that changed
// since it was read is refused instead of overwriting the other clerk's change (RowVersions).
class RowVersionSchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
    // The tables whose rows carry a version.
    static QStringList tables();
};

} // namespace daihoi
