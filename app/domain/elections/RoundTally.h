#pragma once

#include "domain/elections/RoundInput.h"
#include "domain/elections/RoundResult.h"

#include <QCoreApplication>

namespace daihoi {

// Tallies one round by the rules of domain.md §3: refuses numbers that cannot be true,
// computes the base, each candidate's percentage of it and who is elected.
class RoundTally
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RoundTally)

public:
    static RoundResult tally(const RoundInput &input);

    // The refusals alone (what tally() puts in errors), for checking while typing.
    static QStringList errors(const RoundInput &input);
    // What the user confirms before saving (what tally() puts in warnings).
    static QStringList warnings(const RoundInput &input);

private:
    static QStringList negativeNumbers(const RoundInput &input);
    static QStringList candidateList(const RoundInput &input);
    static QStringList consistency(const RoundInput &input, int base);
    static void decide(const RoundInput &input, RoundResult &result);
};

} // namespace daihoi
