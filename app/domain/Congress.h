#pragma once

#include "elections/BaseExclusions.h"
#include "elections/CongressKind.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <climits>
#include <QStringList>
#include <QTime>

namespace daihoi {

// A guest from the higher committee, e.g. "Nguyễn Văn Bình", "Phó Bí thư Đảng ủy phường".
struct CongressGuest
{
    QString name;
    QString title;

    bool operator==(const CongressGuest &other) const { return name == other.name && title == other.title; }
};

// One unit's congress for one term (a re-held congress replaces the record, it does not add one).
struct Congress
{
    enum class Status { Planned, Held, Postponed };

    qint64 id = 0;
    qint64 unitId = 0;
    qint64 termId = 0;
    Status status = Status::Planned;
    QDate plannedDate;
    QDate heldFrom;
    QDate heldTo;
    QString place;
    int number = 0; // đại hội lần thứ …; 0 when unknown
    CongressKind kind = CongressKind::PartyMembers;
    int officialMembers = 0;
    int probationaryMembers = 0;
    int summoned = 0;
    int present = 0;
    BaseExclusions exclusions;
    QList<CongressGuest> guests;
    QString politicalReportSummary;
    QString selfReviewSummary;
    // The conduct of the congress, for its minutes (domain.md §2 "Congress business").
    QTime openingTime;             // invalid: not recorded
    QTime closingTime;
    QStringList presidium;         // đoàn chủ tịch, the presiding member first
    QStringList secretaries;       // thư ký đại hội
    QString countingBoardHead;     // trưởng ban kiểm phiếu
    QStringList countingBoardMembers; // ủy viên ban kiểm phiếu
    int resolutionVotesFor = 0;    // voters approving the resolution; 0: not recorded
    // The stored row's version when this was read (or last saved); a save from an older one is refused.
    // Not part of ==: it tells when the record was read, not what it says.
    int rowVersion = 0;

    bool isValid() const { return id > 0; }
    // Official members (or delegates) summoned, less the absences excluded from the base.
    int base() const { return int(std::clamp<qint64>(summoned - exclusions.applicableTotal(kind), INT_MIN, INT_MAX)); }

    static QString statusKey(Status status);
    static bool statusFromKey(const QString &key, Status *status);
    static QString kindKey(CongressKind kind);
    static bool kindFromKey(const QString &key, CongressKind *kind);

    bool operator==(const Congress &o) const;
    bool operator!=(const Congress &o) const { return !(*this == o); }
};

} // namespace daihoi

Q_DECLARE_METATYPE(daihoi::Congress)
