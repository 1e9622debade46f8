#pragma once

#include "storage/CongressOverviewQuery.h"

#include <QAbstractTableModel>

namespace daihoi {

class Workspace;

// The congresses a committee's units have held in a term, as the printed summary lists them: date,
// attendance, Bí thư and the Bí thư's vote. Fetched a page at a time and sorted in SQL, so a committee of
// thousands of units is never read whole; sort() starts again from the first page.
class HeldCongressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UnitColumn, DateColumn, AttendanceColumn, SecretaryColumn, PercentColumn, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit HeldCongressModel(Workspace *workspace, QObject *parent = nullptr);

    void show(qint64 committeeId, qint64 termId);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool readPage(QList<HeldCongress> *page);
    void reset();

    Workspace *m_workspace;
    qint64 m_committeeId = 0;
    qint64 m_termId = 0;
    HeldCongress::SortKey m_key = HeldCongress::SortKey::Unit;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<HeldCongress> m_rows;
    bool m_allFetched = true;
    bool m_announcingReset = false;
};

} // namespace daihoi
