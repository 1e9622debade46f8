#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// The tables of plans, targets, reviews and yearly ratings: one schema version, applied on top of
// the units, terms and congresses tables.
class TargetsSchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
    // Whether the tables exist already (tests apply the statements themselves until the migration does).
    static bool isApplied(const QSqlDatabase &db);
};

} // namespace daihoi
