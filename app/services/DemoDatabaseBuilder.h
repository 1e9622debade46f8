#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

// Fills an empty database with three party committees modelled on published congress reports,
// with fictional people: Việt Hưng (VH, 2022–2025, 23/23), UBND Quận (UBND, 2017–2020, 14/15)
// and Khối Đảng – Đoàn thể Bình Thạnh (BT-DDT, 2020–2025, all held).
class DemoDatabaseBuilder
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::DemoDatabaseBuilder)
public:
    static bool build(QSqlDatabase db, QString *error);
};

} // namespace daihoi
