#pragma once

#include <QSqlDatabase>

namespace daihoi {

// Adds elections and the committees they produce to every held congress of the demo database,
// with fictional people; earlier terms first, so re-election is found as it would be in real use.
class DemoElectionsBuilder
{
public:
    static bool build(QSqlDatabase db, QString *error);
};

} // namespace daihoi
