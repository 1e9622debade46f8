#pragma once

#include <QCoreApplication>
#include <QString>

namespace daihoi {

// The surplus (số dư) of a candidate list: candidates − seats (domain.md §3).
// At most 30 % of the seats; where seats are 3–5 a surplus of exactly 1 is allowed
// although it is over 30 %; no surplus is legal. For 1–2 seats no rule was found, so a
// surplus there is a warning the user confirms, not a refusal.
class CandidateSurplus
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CandidateSurplus)

public:
    enum class Verdict {
        Allowed,
        Warning, // legal, but the user confirms
        Refused,
    };

    static int surplus(int seats, int candidates) { return candidates - seats; }
    // The largest surplus allowed, or -1 where no rule limits it (1–2 seats).
    static int maxAllowed(int seats);
    static Verdict check(int seats, int candidates);
    // Why check() did not allow the list; empty when it did.
    static QString message(int seats, int candidates);

    static constexpr int MaxPercentOfSeats = 30;
};

} // namespace daihoi
