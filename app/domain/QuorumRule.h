#pragma once

#include <QString>

namespace daihoi {

// The share of the base that must be present for a congress to be valid. A user setting, default 2/3.
class QuorumRule
{
public:
    QuorumRule(int numerator = 2, int denominator = 3);

    int numerator() const { return m_numerator; }
    int denominator() const { return m_denominator; }
    // present / base ≥ numerator / denominator, compared in integers.
    bool isReached(int present, int base) const;
    QString label() const; // "2/3"

private:
    int m_numerator;
    int m_denominator;
};

} // namespace daihoi
