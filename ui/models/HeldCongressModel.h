#pragma once

#include "models/PagedTableModel.h"
#include "storage/CongressOverviewQuery.h"

namespace daihoi {

// The congresses a committee's units have held in a term, as the printed summary lists them: date,
// attendance, Bí thư and the Bí thư's vote. Fetched a page at a time and sorted in SQL, so a committee of
// thousands of units is never read whole; sort() starts again from the first page.
class HeldCongressModel : public PagedTableModel<HeldCongress>
{
    Q_OBJECT
public:
    enum Column { UnitColumn, DateColumn, AttendanceColumn, SecretaryColumn, PercentColumn, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    explicit HeldCongressModel(Workspace *workspace, QObject *parent = nullptr);

    void show(qint64 committeeId, qint64 termId);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool readRows(int offset, int limit, QList<HeldCongress> *rows, QString *error) override;
    void reset();

    qint64 m_committeeId = 0;
    qint64 m_termId = 0;
    HeldCongress::SortKey m_key = HeldCongress::SortKey::Unit;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace daihoi
