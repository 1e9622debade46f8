#include "ElectionBase.h"

namespace daihoi {

ElectionBase::ElectionBase(CongressKind kind, int summoned, const BaseExclusions &exclusions)
    : m_kind(kind), m_summoned(summoned), m_exclusions(exclusions)
{
    m_errors = validate();
}

QStringList ElectionBase::validate() const
{
    QStringList errors;
    const bool delegates = m_kind == CongressKind::Delegates;
    bool negative = false;
    if (m_summoned < 0) {
        errors << (delegates ? tr("Official delegates summoned (%1) cannot be negative.")
                             : tr("Official members summoned (%1) cannot be negative."))
                      .arg(m_summoned);
        negative = true;
    }
    for (BaseExclusions::Category category : BaseExclusions::categories()) {
        const int count = m_exclusions.count(category);
        if (count < 0) {
            errors << tr("The count of %1 (%2) cannot be negative.")
                          .arg(BaseExclusions::label(category))
                          .arg(count);
            negative = true;
        } else if (count > 0 && !BaseExclusions::appliesTo(category, m_kind)) {
            errors << (delegates
                           ? tr("The base of a delegates' congress excludes only absent convening-committee "
                                "members and absent delegates without an alternate, not %1 (%2).")
                           : tr("The base of a party members' congress does not exclude %1 (%2)."))
                          .arg(BaseExclusions::label(category))
                          .arg(count);
        }
    }
    if (negative)
        return errors;

    if (excluded() > m_summoned) {
        errors << (delegates
                       ? tr("Exclusions from the base (%1) exceed the official delegates summoned (%2).")
                       : tr("Exclusions from the base (%1) exceed the official members summoned (%2)."))
                      .arg(excluded())
                      .arg(m_summoned);
    } else if (base() < 1) {
        errors << (delegates ? tr("The base is %1: official delegates summoned (%2) minus exclusions (%3). "
                                  "It must be at least 1.")
                             : tr("The base is %1: official members summoned (%2) minus exclusions (%3). "
                                  "It must be at least 1."))
                      .arg(base())
                      .arg(m_summoned)
                      .arg(excluded());
    }
    return errors;
}

} // namespace daihoi
