#pragma once

#include "domain/Unit.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace daihoi {

class Workspace;

// The tree of party units, fetched a page of children at a time as branches are expanded,
// so a national tree of 300,000 units opens as fast as a ward's.
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1, UnitRole };
    static constexpr int PageSize = 200;

    explicit UnitTreeModel(Workspace *workspace, QObject *parent = nullptr);
    ~UnitTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Unit unitAt(const QModelIndex &index) const;
    // The index of a unit already fetched, or an invalid index.
    QModelIndex indexOfUnit(qint64 unitId) const;
    void reload();

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    void onUnitAdded(const Unit &unit);
    void onUnitRemoved(qint64 id, qint64 parentId);
    void onUnitChanged(const Unit &unit);
    void onUnitMoved(const Unit &unit, qint64 oldParentId);
    void forget(Node *node);

    Workspace *m_workspace;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_nodes;
};

} // namespace daihoi
