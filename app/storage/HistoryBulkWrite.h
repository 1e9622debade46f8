#pragma once

#include <QSqlDatabase>
#include <QString>

namespace daihoi {

// Writing thousands of rows at once without a history row for each.
// - Import into an SQLite file: per-row history doubled the time of a 3,000-unit import, so the package is
//   recorded instead, as one history row of exchange_imports (unit, term, the export's date and fingerprint,
//   who). On PostgreSQL per-row history cost nothing measurable, and there it must not be skippable, so
//   every row stays recorded.
// - Copying a whole office (`office copy`): the source's history is copied along; on PostgreSQL only an
//   owner-role member's copy is exempt (HistorySchema::copySetting), which a clerk cannot claim.
// The SQLite triggers come back when this object goes.
class HistoryBulkWrite
{
public:
    enum class Kind { Import, Copy };

    HistoryBulkWrite(QSqlDatabase db, Kind kind);
    ~HistoryBulkWrite();
    HistoryBulkWrite(const HistoryBulkWrite &) = delete;
    HistoryBulkWrite &operator=(const HistoryBulkWrite &) = delete;

    // On PostgreSQL, inside the transaction that writes.
    bool begin(QString *error);

private:
    QSqlDatabase m_db;
    Kind m_kind;
    QString m_login; // the SQLite connection's clerk, to sign its changes again afterwards
    bool m_suspended = false;
};

} // namespace daihoi
