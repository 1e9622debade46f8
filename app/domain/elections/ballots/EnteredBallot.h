#pragma once

#include "domain/elections/ballots/BallotInvalidReason.h"

#include <QDateTime>
#include <QString>

namespace daihoi {

// One paper ballot as one operator entered it. A ballot is identified by its batch (tập) and
// its number within the batch. Either it carries marks, one letter per candidate in ballot
// order (BallotMarks), or the counting board declared it invalid and it carries no marks.
struct EnteredBallot
{
    int batch = 0;
    int number = 0;
    QString marks;
    BallotInvalidReason declaredInvalid = BallotInvalidReason::None;
    QDateTime enteredAt; // when it was last saved; not part of what entries compare

    bool isDeclaredInvalid() const { return declaredInvalid != BallotInvalidReason::None; }
    // Two entries of a ballot agree when they say the same thing about it.
    bool sameContent(const EnteredBallot &other) const
    {
        return isDeclaredInvalid() || other.isDeclaredInvalid() ? declaredInvalid == other.declaredInvalid
                                                                 : marks == other.marks;
    }
};

} // namespace daihoi
