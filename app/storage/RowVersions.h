#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantList>

namespace daihoi {

// Optimistic concurrency on the rows a clerk edits as a whole (RowVersionSchema): a save is
// `UPDATE … SET …, row_version = row_version + 1 WHERE id = ? AND row_version = ?`, and when it changes
// no row the save is refused naming who changed the row and when, or saying it was deleted.
class RowVersions
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::RowVersions)
public:
    enum class Kind { Congress, Election, Unit };

    // The clerk named on rows this connection changes on SQLite (Settings' clerk name); a server names
    // its login instead. Kept on the connection, so two connections in one process are two clerks.
    static void setClerk(QSqlDatabase db, const QString &name);
    static QString clerk(const QSqlDatabase &db);

    // Appended to an UPDATE's SET list: the version bump and who and when; values from stampValues().
    static QString updateSet();
    static QVariantList stampValues(const QSqlDatabase &db);
    // For an INSERT: the column names and their values.
    static QString insertColumns();
    static QVariantList insertValues(const QSqlDatabase &db);

    // The refusal of a save of `id` that changed no row: who changed it and when, or that it is gone.
    static QString refusal(QSqlDatabase db, Kind kind, qint64 id);
    // Who changed a row last and when; false when the row no longer exists.
    static bool lastChange(QSqlDatabase db, Kind kind, qint64 id, int *version, QString *by, QDateTime *at,
                           QString *error);
    // "14:32" today, "14:32 27/11/2026" on another day.
    static QString timeText(const QDateTime &at);

private:
    static QString table(Kind kind);
};

} // namespace daihoi
