#pragma once

#include "models/PagedTableModel.h"
#include "storage/targets/UnitTargetTally.h"

#include <memory>

namespace daihoi {

class QuerySnapshot;

// How each unit below a committee came out in a term ("9/11"), counted in SQL, a page at a time.
class CommitteeUnitTallyModel : public PagedTableModel<UnitTargetTally>
{
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        SentenceColumn,
        ExceededColumn,
        AchievedColumn,
        NotAchievedColumn,
        NotReviewedColumn,
        ColumnCount
    };
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    explicit CommitteeUnitTallyModel(Workspace *workspace, QObject *parent = nullptr);
    ~CommitteeUnitTallyModel() override;

    void show(qint64 committeeId, qint64 termId, const QString &group);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool readRows(int offset, int limit, QList<UnitTargetTally> *rows, QString *error) override;

    qint64 m_committeeId = 0;
    qint64 m_termId = 0;
    QString m_group;
    std::unique_ptr<QuerySnapshot> m_snapshot; // the rows of the last show(), read a page at a time
};

} // namespace daihoi
