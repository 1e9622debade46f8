#include "RowPositions.h"

#include "QueryRunner.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace daihoi {

bool RowPositions::swap(QSqlDatabase db, const QString &table, qint64 firstId, int firstPosition, qint64 secondId,
                        int secondPosition, QString *error)
{
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(db);
    const QString sql = QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table);
    // Equal positions (never written by this program) would make a swap a no-op: separate them.
    const int movedPosition = firstPosition == secondPosition ? firstPosition + 1 : secondPosition;
    if (!QueryRunner::run(query, sql, {movedPosition, firstId}, error)
        || !QueryRunner::run(query, sql, {firstPosition, secondId}, error))
        return false;
    return transaction.commit(error);
}

} // namespace daihoi
