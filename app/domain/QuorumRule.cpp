#include "QuorumRule.h"

namespace daihoi {

QuorumRule::QuorumRule(int numerator, int denominator)
    : m_numerator(numerator > 0 ? numerator : 2)
    , m_denominator(denominator > 0 && denominator >= numerator ? denominator : 3)
{
}

bool QuorumRule::isReached(int present, int base) const
{
    if (base <= 0)
        return false;
    return qint64(present) * m_denominator >= qint64(base) * m_numerator;
}

QString QuorumRule::label() const
{
    return QStringLiteral("%1/%2").arg(m_numerator).arg(m_denominator);
}

} // namespace daihoi
