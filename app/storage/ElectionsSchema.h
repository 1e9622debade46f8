#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// Schema version 2: elections with their rounds and candidates, people and committee members.
class ElectionsSchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
};

} // namespace daihoi
