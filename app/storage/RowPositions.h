#pragma once

#include <QSqlDatabase>
#include <QString>

namespace daihoi {

// Ordered rows (targets, direction items) keep their order in a `position` column.
class RowPositions
{
public:
    // Exchanges the positions of two rows of `table` in one transaction.
    static bool swap(QSqlDatabase db, const QString &table, qint64 firstId, int firstPosition, qint64 secondId,
                     int secondPosition, QString *error);
};

} // namespace daihoi
