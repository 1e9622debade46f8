#pragma once

#include "domain/Unit.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <memory>
#include <vector>

namespace daihoi {

class Workspace;

// The tree of party units, fetched a page of children at a time as branches are expanded,
// so a national tree of 300,000 units opens as fast as a ward's. Each unit is marked with its congress
// in the selected term (held, date set, postponed, not scheduled), read with its page: one query a page; and,
// where its committee's plan has its congress overdue on the day (PlanEvents::today), marked overdue with the
// due date: one more query a page, and the committee's plan read only when a unit of the page is overdue.
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        UnitRole,
        CongressStateRole, // int(CongressMark::State); none while no term is selected
        OverdueRole        // the due date (QDate) when the unit's congress is overdue against the plan
    };
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

    // The mark of a unit whose congress is overdue against its committee's plan, for the tree and its legend.
    static QIcon overdueIcon();

    Unit unitAt(const QModelIndex &index) const;
    // The index of a unit already fetched, or an invalid index.
    QModelIndex indexOfUnit(qint64 unitId) const;
    void reload();
    // Marks the units with their congress in termId (0: none); the rows already read are read again.
    void setTerm(qint64 termId);
    qint64 termId() const { return m_termId; }
    // Reads the congress marks of these units again (of every unit read so far when empty), after another
    // clerk's change.
    void refreshMarks(const QList<qint64> &unitIds);
    // Reads the marks of these committees' units again (of every unit read so far for an id 0), after their
    // plans changed.
    void refreshPlanMarks(const QList<qint64> &committeeIds);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    void onUnitAdded(const Unit &unit);
    void onUnitRemoved(qint64 id, qint64 parentId);
    void onUnitChanged(const Unit &unit);
    void onUnitMoved(const Unit &unit, qint64 oldParentId);
    void forget(Node *node);
    void onCongressChanged(qint64 unitId, qint64 termId);
    // Reads the marks of NODES (a page at most) in one query.
    bool readMarks(const std::vector<Node *> &nodes);
    // The due dates of those NODES overdue against their committees' plans.
    bool readOverdue(const std::vector<Node *> &nodes);
    // Reads the marks of the children of PARENT, a page per query; of the branches below them too when deep.
    void remarkChildren(Node *parent, bool deep = true);

    Workspace *m_workspace;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_nodes;
    qint64 m_termId = 0;
};

} // namespace daihoi
