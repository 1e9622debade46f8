#pragma once

#include <QString>

namespace daihoi {

// The form of a text that search compares: no diacritics, đ as d, case folded, single spaces,
// so "viet hung" finds "Việt Hưng" and "nguyen van an" finds "Nguyễn Văn An".
class SearchKey
{
public:
    static QString of(const QString &text);
    // A LIKE pattern matching the key anywhere, with the LIKE wildcards in it escaped by '\'.
    static QString containsPattern(const QString &text);
};

} // namespace daihoi
