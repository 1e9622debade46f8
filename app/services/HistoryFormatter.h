#pragma once

#include "HistoryItem.h"
#include "storage/HistoryEntry.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

namespace daihoi {

// Turns change_history rows into lines a clerk reads, in the interface language, with the field names of the
// forms. A list the program saves by rewriting it (guests, committee, candidates) leaves a removal and a
// re-entry of each unchanged row: those pairs say nothing and are left out, and a row rewritten with a
// change reads as that change.
class HistoryFormatter
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::HistoryFormatter)
public:
    static QList<HistoryItem> describe(const QList<HistoryEntry> &entries);
    // The same rows with the rewrites that changed nothing left out and the rest paired, newest first.
    static QList<HistoryEntry> collapse(const QList<HistoryEntry> &entries);

    static QString tableLabel(const QString &table);
    static QString fieldLabel(const QString &table, const QString &column);
    // Where a column comes in the forms; unknown columns come last.
    static int fieldOrder(const QString &column);
    static QString valueText(const QString &column, const QJsonValue &value);
    static HistoryItem describe(const HistoryEntry &entry);
};

} // namespace daihoi
