#include "CandidateSurplus.h"

namespace daihoi {

int CandidateSurplus::maxAllowed(int seats)
{
    if (seats <= 2)
        return -1;
    // floor(30 % of the seats): 7 seats allow 2, 10 allow 3; but at least 1 for 3–5 seats.
    const int thirtyPercent = seats * MaxPercentOfSeats / 100;
    return seats <= 5 ? qMax(1, thirtyPercent) : thirtyPercent;
}

CandidateSurplus::Verdict CandidateSurplus::check(int seats, int candidates)
{
    const int extra = surplus(seats, candidates);
    if (extra <= 0 || seats < 1)
        return Verdict::Allowed;
    const int limit = maxAllowed(seats);
    if (limit < 0)
        return Verdict::Warning;
    return extra <= limit ? Verdict::Allowed : Verdict::Refused;
}

QString CandidateSurplus::message(int seats, int candidates)
{
    const int extra = surplus(seats, candidates);
    switch (check(seats, candidates)) {
    case Verdict::Allowed:
        return QString();
    case Verdict::Warning:
        return tr("Candidates (%1) exceed seats (%2) by %3; no rule limits the surplus for 1 or 2 seats. "
                  "Confirm that the list is right.")
            .arg(candidates)
            .arg(seats)
            .arg(extra);
    case Verdict::Refused:
        if (seats <= 5) {
            return tr("Candidates (%1) exceed seats (%2) by %3; where seats are 3 to 5 the surplus may be at "
                      "most 1.")
                .arg(candidates)
                .arg(seats)
                .arg(extra);
        }
        return tr("Candidates (%1) exceed seats (%2) by %3, more than 30 percent of the seats (at most %4).")
            .arg(candidates)
            .arg(seats)
            .arg(extra)
            .arg(maxAllowed(seats));
    }
    return QString();
}

} // namespace daihoi
