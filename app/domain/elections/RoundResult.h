#pragma once

#include "domain/elections/CandidateResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace daihoi {

// The outcome of RoundTally::tally(). When errors is not empty the round is refused:
// nobody is elected and nothing may be saved; base, threshold and percentages are still
// filled in when the base itself could be computed (base > 0).
struct RoundResult
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RoundResult)

public:
    int seats = 0;
    int base = 0;                      // 0 when it could not be computed
    int threshold = 0;                 // the fewest votes that elect; 0 when the base is unknown
    QList<CandidateResult> candidates; // in input order
    QStringList elected;               // by votes, high to low (equal votes keep input order)
    QStringList tied;                  // above half, tied for the last seat(s), in input order
    int shortfall = 0;                 // seats − elected: seats left for another round
    QStringList errors;                // refusals: the numbers cannot be true or break a rule
    QStringList warnings;              // legal but unusual: the user confirms before saving

    bool isRefused() const { return !errors.isEmpty(); }
    bool hasBase() const { return base > 0; }
    // Sentences describing a tie or a shortfall of a computed round, for the window and
    // the printout ("tie, another round needed among …"); empty when all seats are filled.
    QStringList notes() const;
};

} // namespace daihoi
