#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonObject;
class QTextStream;

namespace daihoi {

struct BallotPass;
struct RoundInput;
struct RoundResult;

// `daihoi-cli tally FILE.json`: tallies one round, the auditor's way to verify a biên bản.
// Prints the result as JSON on `out` with keys in a fixed order (base, threshold, seats,
// candidates, elected, tie, shortfall, errors, warnings). With "entries" (ballots entered one by
// one, issue 15) the counts come from the agreed batches and the output also has ballots, batches,
// mismatches and complete (TallyEntries). When the round is refused,
// statuses and shortfall are null and elected/tie empty; base, threshold and percentages
// are null when the base itself cannot be computed.
// Returns 0 when computed (a tie or shortfall included), 2 when refused, 1 when the file
// cannot be read or does not follow the schema (message on `err`, nothing on `out`).
class TallyCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::TallyCommand)

public:
    enum ExitCode { Computed = 0, Unreadable = 1, Refused = 2 };

    static int run(const QString &jsonPath, QTextStream &out, QTextStream &err);

    // Reads the input schema of issue 3; returns false with a message when it is not followed.
    // With `passes`, a file with "entries" is read as ballots entered (no valid, invalid or votes).
    static bool parse(const QJsonObject &json, RoundInput &input, QString &error,
                      QList<BallotPass> *passes = nullptr);
    // countedMembers: "key": value lines written before errors and warnings.
    static QString toJson(const RoundResult &result, const QStringList &countedMembers = {});
};

} // namespace daihoi
