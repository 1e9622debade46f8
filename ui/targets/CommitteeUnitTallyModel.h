#pragma once

#include "storage/targets/UnitTargetTally.h"

#include <QAbstractTableModel>
#include <memory>

namespace daihoi {

class QuerySnapshot;
class Workspace;

// How each unit below a committee came out in a term ("9/11"), counted in SQL, a page at a time.
class CommitteeUnitTallyModel : public QAbstractTableModel
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
    static constexpr int PageSize = 200;

    explicit CommitteeUnitTallyModel(Workspace *workspace, QObject *parent = nullptr);
    ~CommitteeUnitTallyModel() override;

    void show(qint64 committeeId, qint64 termId, const QString &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    bool readPage(QList<UnitTargetTally> *page);

    Workspace *m_workspace;
    qint64 m_committeeId = 0;
    qint64 m_termId = 0;
    QString m_group;
    QList<UnitTargetTally> m_rows;
    std::unique_ptr<QuerySnapshot> m_snapshot; // the rows of the last show(), read a page at a time
    bool m_allFetched = true;
    bool m_announcingReset = false;
};

} // namespace daihoi
