#pragma once

#include <QString>

namespace daihoi {

// One candidate's outcome in a tallied round.
struct CandidateResult
{
    enum class Status {
        Elected,
        NotElected, // not more than half of the base, or above half with no seat left
        Tie,        // above half, tied for the last seat(s): another round is needed
        Undecided,  // the round was refused; nothing is decided
    };

    QString name;
    int votes = 0;
    qint64 percentHundredths = 0; // votes ÷ base in hundredths of a percent, rounded half up
    Status status = Status::Undecided;

    QString percentText(QChar decimalSeparator = QLatin1Char(',')) const;
};

} // namespace daihoi
