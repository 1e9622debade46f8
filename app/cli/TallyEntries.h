#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QJsonValue;

namespace daihoi {

struct BallotPass;
struct CountedRound;

// The "entries" of `daihoi-cli tally` (issue 15): every ballot as each operator entered it, and
// what the count adds to the output (ballots, batches, mismatches, complete).
class TallyEntries
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::TallyEntries)
public:
    // Reads the shape of the entries; the rules (letters, lengths, counts) are CountedRound's.
    static bool parse(const QJsonValue &entries, QList<BallotPass> *passes, QString &error);
    static QStringList members(const CountedRound &counted);
};

} // namespace daihoi
