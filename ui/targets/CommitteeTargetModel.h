#pragma once

#include "models/PagedTableModel.h"
#include "storage/targets/CommitteeTargetFilter.h"
#include "storage/targets/CommitteeTargetRow.h"

namespace daihoi {

// The targets of all units below a committee in one term, filtered and ordered in SQL and fetched a page
// at a time: a province's hundred thousand rows are never loaded to show the first screen.
class CommitteeTargetModel : public PagedTableModel<CommitteeTargetRow>
{
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        GroupColumn,
        NameColumn,
        RequirementColumn,
        ReachedColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role { UnitIdRole = Qt::UserRole + 1, ResultKeyRole };

    explicit CommitteeTargetModel(Workspace *workspace, QObject *parent = nullptr);

    void show(qint64 committeeId, qint64 termId, const CommitteeTargetFilter &filter);
    void refresh() { show(m_committeeId, m_termId, m_filter); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool readRows(int offset, int limit, QList<CommitteeTargetRow> *rows, QString *error) override;

    qint64 m_committeeId = 0;
    qint64 m_termId = 0;
    CommitteeTargetFilter m_filter;
};

} // namespace daihoi
