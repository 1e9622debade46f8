#pragma once

#include "domain/Congress.h"
#include "domain/Unit.h"

#include <QDate>
#include <QString>

namespace daihoi {

// One subordinate unit's line in the summary report.
struct SummaryRow
{
    Unit unit;
    bool hasRecord = false;
    Congress::Status status = Congress::Status::Planned;
    QDate heldFrom;
    QDate plannedDate;
    int summoned = 0;
    int present = 0;
    int seats = 0;   // the committee seats the congress set out to fill
    int members = 0; // elected
    QString secretary;
    qint64 secretaryPercent = -1; // hundredths; -1 when not elected by the congress
    bool secretaryAppointed = false;
    int women = 0;         // recorded as women
    int genderUnknown = 0; // members whose gender is not recorded
    int young = 0;

    bool isHeld() const { return hasRecord && status == Congress::Status::Held; }
};

} // namespace daihoi
