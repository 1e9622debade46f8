#pragma once

#include <QCollator>
#include <QString>

namespace daihoi {

// Orders people's names the Vietnamese way: by given name, then middle name, then family name,
// each compared with Vietnamese collation (a < ă < â, d < đ, tones after the base letter).
class VietnameseNameOrder
{
public:
    VietnameseNameOrder();
    bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }
    int compare(const QString &a, const QString &b) const;

private:
    QCollator m_collator;
};

} // namespace daihoi
