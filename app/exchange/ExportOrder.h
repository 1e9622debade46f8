#pragma once

#include <QSqlDatabase>

namespace daihoi {

// A unit's subtree in export order (each unit before its children, siblings by position) as a
// temporary table export_order(ord, unit_id), so every file of an export is one query that joins
// it and reads its rows in that order, rather than a few queries per unit. Dropped when destroyed.
class ExportOrder
{
public:
    explicit ExportOrder(QSqlDatabase db) : m_db(db) {}
    ~ExportOrder();
    ExportOrder(const ExportOrder &) = delete;
    ExportOrder &operator=(const ExportOrder &) = delete;

    bool build(qint64 topId, QString *error);
    qint64 unitCount() const { return m_unitCount; }
    static QString table() { return QStringLiteral("export_order"); }

private:
    QSqlDatabase m_db;
    qint64 m_unitCount = 0;
    bool m_created = false;
};

} // namespace daihoi
