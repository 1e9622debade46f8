#pragma once

#include <QCoreApplication>
#include <QString>

namespace daihoi {

// A target value or a value reached, kept as an integer count of ten-thousandths so that
// "62,5" and "62.50" are equal and a comparison at the boundary is never a float rounding question.
class ExactDecimal
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ExactDecimal)
public:
    static constexpr int Decimals = 4;
    static constexpr qint64 Scale = 10000;
    // Values are bounded so that a share computation (value × 100 × Scale) cannot overflow.
    static constexpr qint64 MaxWhole = 999999999999LL;

    ExactDecimal() = default;
    static ExactDecimal fromScaled(qint64 scaled);
    static ExactDecimal fromInteger(qint64 whole);
    // part/whole × 100 as a percentage, truncated to the grid. Truncation keeps every comparison with
    // a value on the grid exact: share ≥ 100 holds for the truncated value exactly when it holds for the
    // fraction.
    static ExactDecimal percentTruncated(qint64 part, qint64 whole);

    // Accepts "62", "62,5", "62.5", "-3", "+1"; a comma or a dot is the decimal separator (one of them,
    // once). Refuses digit grouping, more than four decimals and values beyond ±MaxWhole; the error says why.
    static bool parse(const QString &text, ExactDecimal *value, QString *error);

    qint64 scaled() const { return m_scaled; }
    // "62,5" with the given separator: trailing zeros of the fraction are dropped.
    QString toString(QChar decimalSeparator = QLatin1Char('.')) const;

    bool operator==(const ExactDecimal &o) const { return m_scaled == o.m_scaled; }
    bool operator!=(const ExactDecimal &o) const { return m_scaled != o.m_scaled; }
    bool operator<(const ExactDecimal &o) const { return m_scaled < o.m_scaled; }
    bool operator>(const ExactDecimal &o) const { return m_scaled > o.m_scaled; }
    bool operator<=(const ExactDecimal &o) const { return m_scaled <= o.m_scaled; }
    bool operator>=(const ExactDecimal &o) const { return m_scaled >= o.m_scaled; }

private:
    qint64 m_scaled = 0;
};

} // namespace daihoi
