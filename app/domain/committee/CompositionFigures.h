#pragma once

#include "CommitteeMember.h"

#include <QDate>
#include <array>

namespace daihoi {

// The composition figures a higher committee asks for (domain.md §4), for one congress or summed.
struct CompositionFigures
{
    int congresses = 0;
    int seats = 0;
    int members = 0;
    int reelected = 0;
    int women = 0;
    int young = 0;
    int ethnicMinority = 0;
    std::array<int, 5> theory{}; // by TheoryLevel
    int secretaries = 0;
    int secretariesReelected = 0;
    int secretariesElectedAtCongress = 0;
    int secretariesAppointed = 0;
    int secretariesResidentialHead = 0;
    int secretariesWithFullApproval = 0; // 100 % of the base
    qint64 lowestSecretaryPercent = -1;  // hundredths; -1 when no secretary was elected

    int newcomers() const { return members - reelected; }
    int unfilled() const { return seats > members ? seats - members : 0; }
    int theoryCount(TheoryLevel level) const { return theory[size_t(level)]; }

    // Young: under youngAgeLimit years in the year of the congress (a setting, default 40).
    static CompositionFigures of(const QList<CommitteeMember> &members, int seats, const QDate &congressDate,
                                 int youngAgeLimit);
    void add(const CompositionFigures &other);
};

} // namespace daihoi
