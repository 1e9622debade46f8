#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace daihoi {

// A guest from the higher committee, e.g. "Nguyễn Văn Bình", "Phó Bí thư Đảng ủy phường".
struct CongressGuest
{
    QString name;
    QString title;

    bool operator==(const CongressGuest &other) const { return name == other.name && title == other.title; }
};

// Absences that do not count towards the base (domain.md §3), kept per category for the printout.
struct BaseExclusionCounts
{
    int absentWithReason = 0;       // vắng cả buổi có lý do được chấp nhận
    int excusedAbsent = 0;          // miễn sinh hoạt, không dự
    int suspended = 0;              // đình chỉ sinh hoạt, bị truy tố, tạm giam
    int temporary = 0;              // sinh hoạt tạm thời nơi khác
    int absentWithoutAlternate = 0; // đại hội đại biểu: vắng không có dự khuyết thay

    int total() const { return absentWithReason + excusedAbsent + suspended + temporary + absentWithoutAlternate; }
    bool operator==(const BaseExclusionCounts &o) const
    {
        return absentWithReason == o.absentWithReason && excusedAbsent == o.excusedAbsent
               && suspended == o.suspended && temporary == o.temporary
               && absentWithoutAlternate == o.absentWithoutAlternate;
    }
};

// One unit's congress for one term (a re-held congress replaces the record, it does not add one).
struct Congress
{
    enum class Status { Planned, Held, Postponed };
    enum class Kind { PartyMembers, Delegates }; // đại hội đảng viên / đại hội đại biểu

    qint64 id = 0;
    qint64 unitId = 0;
    qint64 termId = 0;
    Status status = Status::Planned;
    QDate plannedDate;
    QDate heldFrom;
    QDate heldTo;
    QString place;
    int number = 0; // đại hội lần thứ …; 0 when unknown
    Kind kind = Kind::PartyMembers;
    int officialMembers = 0;
    int probationaryMembers = 0;
    int summoned = 0;
    int present = 0;
    BaseExclusionCounts exclusions;
    QList<CongressGuest> guests;
    QString politicalReportSummary;
    QString selfReviewSummary;

    bool isValid() const { return id > 0; }
    // Official members (or delegates) summoned, less the absences excluded from the base.
    int base() const { return summoned - exclusions.total(); }

    static QString statusKey(Status status);
    static bool statusFromKey(const QString &key, Status *status);
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);

    bool operator==(const Congress &o) const;
    bool operator!=(const Congress &o) const { return !(*this == o); }
};

} // namespace daihoi

Q_DECLARE_METATYPE(daihoi::Congress)
