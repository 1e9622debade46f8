#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace daihoi {

// Political theory training (lý luận chính trị), lowest first.
enum class TheoryLevel { None, Elementary, Intermediate, Advanced, Bachelor };

// Unknown until the clerk records it: a guess would be counted as a fact in the composition figures.
enum class Gender { Male, Female, Unknown };

// A party member as a committee record needs them (domain.md §4).
struct Person
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::Person)
public:
    qint64 id = 0;
    QString fullName;
    Gender gender = Gender::Unknown;
    int birthYear = 0; // 0 when unknown
    QString ethnicity; // empty when unknown
    QString education;    // e.g. "Đại học", "12/12"
    TheoryLevel theoryLevel = TheoryLevel::None;
    QString workPosition; // e.g. "Tổ trưởng dân phố"

    bool isEthnicMinority() const;
    bool isEthnicityKnown() const { return !ethnicity.simplified().isEmpty(); }
    // Gender or ethnicity not recorded yet: the composition figures cannot count this person fully.
    bool lacksDetails() const { return gender == Gender::Unknown || !isEthnicityKnown(); }
    // What a Vietnamese name suggests, for the clerk to confirm: a middle name "Thị" is a woman's,
    // "Văn" a man's; Unknown when the name says nothing.
    static Gender proposedGender(const QString &fullName);
    // 0 (unknown) or a year from 1900 to this year: what a committee record may hold.
    static bool isPlausibleBirthYear(int year);
    // Age in the year of `date`, as party statistics count it; -1 when the birth year is unknown.
    int ageIn(const QDate &date) const;
    // Same person across terms: same name (case and spacing aside) and, when both are known, birth year.
    bool isSamePersonAs(const Person &other) const;

    static QString genderKey(Gender gender); // empty for Unknown
    static bool genderFromKey(const QString &key, Gender *gender);
    static QString genderName(Gender gender);
    static QList<TheoryLevel> theoryLevels();
    static QString theoryKey(TheoryLevel level);
    static bool theoryFromKey(const QString &key, TheoryLevel *level);
    static QString theoryName(TheoryLevel level);

    friend bool operator==(const Person &a, const Person &b)
    {
        return a.id == b.id && a.fullName == b.fullName && a.gender == b.gender && a.birthYear == b.birthYear
               && a.ethnicity == b.ethnicity && a.education == b.education && a.theoryLevel == b.theoryLevel
               && a.workPosition == b.workPosition;
    }
    friend bool operator!=(const Person &a, const Person &b) { return !(a == b); }
};

} // namespace daihoi
