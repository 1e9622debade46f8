#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// Schema version 10: the ballot-by-ballot count (issue 15). Rows name their round by election and round
// number, never by election_rounds.id, since saving an election deletes and re-inserts its rounds; they go
// with the election. A round's entries exist only while the round is chosen for counting ballot by ballot.
class BallotsSchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
    // The tables this version adds, parents first.
    static QStringList tables();
};

} // namespace daihoi
