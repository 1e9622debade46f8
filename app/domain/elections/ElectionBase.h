#pragma once

#include "domain/elections/BaseExclusions.h"
#include "domain/elections/CongressKind.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <algorithm>
#include <climits>
#include <QStringList>

namespace daihoi {

// The denominator of every election percentage (domain.md §3, "The base"): official
// members (or official delegates) summoned, minus the exclusions that apply to the
// congress kind. A candidate is elected only with more than half of it.
class ElectionBase
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ElectionBase)

public:
    ElectionBase(CongressKind kind, int summoned, const BaseExclusions &exclusions);

    CongressKind kind() const { return m_kind; }
    int summoned() const { return m_summoned; }
    const BaseExclusions &exclusions() const { return m_exclusions; }
    qint64 excluded() const { return m_exclusions.applicableTotal(m_kind); }

    // Meaningful only when isValid(); then at least 1.
    // Meaningful only when isValid(): then 1 ≤ base ≤ summoned.
    int base() const { return int(std::clamp<qint64>(m_summoned - excluded(), INT_MIN, INT_MAX)); }
    int threshold() const { return thresholdFor(base()); }
    bool elects(qint64 votes) const { return electsWith(votes, base()); }

    // False when a count is negative, an exclusion does not apply to the congress kind,
    // or the base is below 1; errors() then says which numbers break which rule.
    bool isValid() const { return m_errors.isEmpty(); }
    QStringList errors() const { return m_errors; }

    // The fewest votes that elect: more than half, votes × 2 > base.
    static int thresholdFor(int base) { return base / 2 + 1; }
    static bool electsWith(qint64 votes, qint64 base) { return votes * 2 > base; }

private:
    QStringList validate() const;

    CongressKind m_kind;
    int m_summoned;
    BaseExclusions m_exclusions;
    QStringList m_errors;
};

} // namespace daihoi
