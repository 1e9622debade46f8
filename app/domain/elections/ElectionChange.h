#pragma once

#include "domain/elections/Election.h"

#include <QCoreApplication>
#include <QStringList>

namespace daihoi {

// Names what an edit of an election changed ("Add candidate Lê Thị Hoa", "Votes of … 6 → 7"), so
// the undo entry says what it undoes whichever field the clerk left.
class ElectionChange
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ElectionChange)
public:
    // One phrase per change, in the order of the form; empty when nothing differs.
    static QStringList describe(const Election &before, const Election &after);
    // The phrases joined for an undo entry: at most three, then how many more.
    static QString summary(const Election &before, const Election &after);

private:
    static QStringList candidateChanges(const QList<CandidateVotes> &before,
                                        const QList<CandidateVotes> &after);
};

} // namespace daihoi
