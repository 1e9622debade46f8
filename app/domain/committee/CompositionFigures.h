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
    // Only what is recorded counts: a member whose gender or ethnicity is unknown is counted apart,
    // never as a man or as Kinh.
    int women = 0;
    int men = 0;
    int genderUnknown = 0;
    int young = 0;
    int ethnicMinority = 0;
    int ethnicityUnknown = 0;
    int detailsMissing = 0; // members lacking gender or ethnicity
    int congressesOverSeats = 0; // congresses whose committee has more members than seats
    int membersOverSeats = 0;    // summed excess of those congresses
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
    bool isComplete() const { return detailsMissing == 0; }
    int theoryCount(TheoryLevel level) const { return theory[size_t(level)]; }

    // Young: under youngAgeLimit years in the year of the congress (a setting, default 40).
    static CompositionFigures of(const QList<CommitteeMember> &members, int seats, const QDate &congressDate,
                                 int youngAgeLimit);
    void add(const CompositionFigures &other);
};

} // namespace daihoi
