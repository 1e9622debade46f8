#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// Adds to the demo database (after DemoDatabaseBuilder) the resolutions of every held congress: direction
// items, 8–11 targets, the yearly ratings of each unit over its term and the review of the targets.
// UBND's 2017–2020 congresses are fully reviewed; about four in five of the others are. Deterministic.
class DemoTargetsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::DemoTargetsBuilder)
public:
    static bool build(QSqlDatabase db, QString *error);
};

} // namespace daihoi
