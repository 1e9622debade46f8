#pragma once

#include "domain/elections/CongressKind.h"

#include <QCoreApplication>
#include <QList>

namespace daihoi {

// Those summoned who are taken out of the base, as counts per category so a printout
// can show each one (domain.md §3, "The base").
struct BaseExclusions
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::BaseExclusions)

public:
    enum class Category {
        AbsentWithReason,       // party members: absent all congress, reason accepted
        ExcusedAbsent,          // party members: excused from activity, did not attend
        Suspended,              // party members: suspended, prosecuted or detained
        Temporary,              // party members: temporarily attached elsewhere
        AbsentWithoutAlternate, // delegates: absent convening-committee members and
                                // absent delegates who have no alternate
    };

    int absentWithReason = 0;
    int excusedAbsent = 0;
    int suspended = 0;
    int temporary = 0;
    int absentWithoutAlternate = 0;

    static QList<Category> categories();
    static bool appliesTo(Category category, CongressKind kind);
    // A lower-case phrase naming who is counted, for use inside messages.
    static QString label(Category category);

    int count(Category category) const;
    void setCount(Category category, int value);
    // The sum of the categories that apply to the congress kind; the others are ignored
    // here and refused by ElectionBase when not zero.
    // 64-bit: counts read from files may each be as large as an int, and their sum must not wrap.
    qint64 applicableTotal(CongressKind kind) const;

    friend bool operator==(const BaseExclusions &a, const BaseExclusions &b);
    friend bool operator!=(const BaseExclusions &a, const BaseExclusions &b) { return !(a == b); }
};

} // namespace daihoi
