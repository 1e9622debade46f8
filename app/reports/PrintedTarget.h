#pragma once

#include <QString>

namespace daihoi {

// One target (chỉ tiêu) of a congress resolution as a document prints it, already in words.
struct PrintedTarget
{
    QString group;       // "Xây dựng Đảng"
    QString name;        // "Kết nạp đảng viên mới"
    QString requirement; // "≥ 2 đảng viên"
    QString reached;     // "3"; empty until the term is reviewed
    QString result;      // "Vượt", "Đạt", "Không đạt"; empty until reviewed
};

} // namespace daihoi
