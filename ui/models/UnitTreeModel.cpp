#include "UnitTreeModel.h"

#include "Workspace.h"
#include "domain/DisplayFormat.h"
#include "plans/PlanEvents.h"
#include "storage/CongressOverviewQuery.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/UnitRepository.h"
#include "widgets/UnitStatusIcons.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPalette>
#include <algorithm>

namespace daihoi {

// An overdue congress: an exclamation mark in a red disc, told from the congress marks by shape as well.
QIcon UnitTreeModel::overdueIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc0, 0x2a, 0x1a));
        painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(6.75, 3, 2.5, 6.5), 1, 1);
        painter.drawEllipse(QRectF(6.75, 10.75, 2.5, 2.5));
        return QIcon(pixmap);
    }();
    return icon;
}

struct UnitTreeModel::Node
{
    Unit unit;
    CongressMark mark; // in the model's term
    QDate overdueSince; // the due date when the plan has it overdue; invalid otherwise
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool allFetched = false;

    int rowInParent = 0; // kept current, so parent() is cheap under a committee of thousands

    int row() const { return rowInParent; }
    void renumberFrom(size_t first)
    {
        for (size_t i = first; i < children.size(); ++i)
            children[i]->rowInParent = int(i);
    }
};

UnitTreeModel::UnitTreeModel(Workspace *workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_root(std::make_unique<Node>())
{
    connect(workspace, &Workspace::opened, this, &UnitTreeModel::reload);
    connect(workspace, &Workspace::unitAdded, this, &UnitTreeModel::onUnitAdded);
    connect(workspace, &Workspace::unitRemoved, this, &UnitTreeModel::onUnitRemoved);
    connect(workspace, &Workspace::unitChanged, this, &UnitTreeModel::onUnitChanged);
    connect(workspace, &Workspace::unitMoved, this, &UnitTreeModel::onUnitMoved);
    connect(workspace, &Workspace::congressChanged, this, &UnitTreeModel::onCongressChanged);
    PlanEvents *plans = PlanEvents::of(workspace);
    connect(plans, &PlanEvents::planChanged, this, [this](qint64 unitId, qint64 termId) {
        if (termId == 0 || termId == m_termId)
            refreshPlanMarks({unitId});
    });
    connect(plans, &PlanEvents::todayChanged, this, [this] { remarkChildren(m_root.get()); });
    reload();
}

UnitTreeModel::~UnitTreeModel() = default;

void UnitTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_nodes.clear();
    if (m_workspace->isOpen()) {
        QString error;
        UnitRepository(m_workspace->database().connection()).childCount(0, &m_root->unit.childCount, &error);
    }
    endResetModel();
}

UnitTreeModel::Node *UnitTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex UnitTreeModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int UnitTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool UnitTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    return !node->children.empty() || node->unit.childCount > 0;
}

bool UnitTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0 || !m_workspace->isOpen())
        return false;
    const Node *node = nodeFor(parent);
    return !node->allFetched && int(node->children.size()) < node->unit.childCount;
}

void UnitTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeFor(parent);
    QList<Unit> units;
    QString error;
    if (!UnitRepository(m_workspace->database().connection())
             .children(node->unit.id, int(node->children.size()), PageSize, &units, &error)) {
        m_workspace->reportFailure(error);
        node->allFetched = true;
        return;
    }
    if (units.size() < PageSize)
        node->allFetched = true;
    if (units.isEmpty())
        return;
    std::vector<std::unique_ptr<Node>> page;
    std::vector<Node *> marked;
    for (const Unit &unit : units) {
        auto child = std::make_unique<Node>();
        child->unit = unit;
        child->parent = node;
        marked.push_back(child.get());
        page.push_back(std::move(child));
    }
    readMarks(marked);
    const int first = int(node->children.size());
    beginInsertRows(parent, first, first + int(units.size()) - 1);
    for (auto &child : page) {
        child->rowInParent = int(node->children.size());
        m_nodes.insert(child->unit.id, child.get());
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

bool UnitTreeModel::readMarks(const std::vector<Node *> &nodes)
{
    if (m_termId <= 0 || nodes.empty() || !m_workspace->isOpen())
        return true;
    QList<qint64> ids;
    for (const Node *node : nodes)
        ids.append(node->unit.id);
    QHash<qint64, CongressMark> marks;
    QString error;
    if (!CongressOverviewQuery(m_workspace->database().connection()).marks(m_termId, ids, &marks, &error)) {
        m_workspace->reportFailure(error);
        return false;
    }
    for (Node *node : nodes)
        node->mark = marks.value(node->unit.id); // no record: not scheduled
    return readOverdue(nodes);
}

bool UnitTreeModel::readOverdue(const std::vector<Node *> &nodes)
{
    QList<qint64> ids;
    for (Node *node : nodes) {
        node->overdueSince = QDate();
        ids.append(node->unit.id);
    }
    PlanRepository plans(m_workspace->database().connection());
    QSet<qint64> overdue;
    QString error;
    if (!plans.overdue(m_termId, PlanEvents::of(m_workspace)->today(), ids, &overdue, &error)) {
        m_workspace->reportFailure(error);
        return false;
    }
    // A page is one committee's units: its plan is read once, and only when one of them is overdue.
    QHash<qint64, Plan> planOf;
    for (Node *node : nodes) {
        if (!overdue.contains(node->unit.id))
            continue;
        const qint64 committee = node->unit.parentId;
        if (!planOf.contains(committee)) {
            Plan plan;
            if (!plans.plan(committee, m_termId, &plan, &error)) {
                m_workspace->reportFailure(error);
                return false;
            }
            planOf.insert(committee, plan);
        }
        const Plan &plan = planOf[committee];
        node->overdueSince = plan.dueDate(plan.scheduleOf(node->unit.id));
    }
    return true;
}

void UnitTreeModel::setTerm(qint64 termId)
{
    if (termId == m_termId)
        return;
    m_termId = termId;
    remarkChildren(m_root.get());
}

// The rows read so far, a page of siblings per query, then the branches below them.
void UnitTreeModel::remarkChildren(Node *parent, bool deep)
{
    const size_t count = parent->children.size();
    for (size_t first = 0; first < count; first += PageSize) {
        const size_t last = std::min(count, first + PageSize);
        std::vector<Node *> page;
        for (size_t i = first; i < last; ++i) {
            page.push_back(parent->children[i].get());
            page.back()->mark = CongressMark();
            page.back()->overdueSince = QDate();
        }
        if (!readMarks(page))
            return;
        emit dataChanged(indexFor(page.front(), NameColumn), indexFor(page.back(), ColumnCount - 1),
                         {Qt::DecorationRole, Qt::ToolTipRole, Qt::ForegroundRole, CongressStateRole, OverdueRole});
    }
    if (!deep)
        return;
    for (const auto &child : parent->children)
        remarkChildren(child.get());
}

void UnitTreeModel::refreshPlanMarks(const QList<qint64> &committeeIds)
{
    if (committeeIds.contains(0)) {
        remarkChildren(m_root.get());
        return;
    }
    for (qint64 id : committeeIds) {
        if (Node *committee = m_nodes.value(id))
            remarkChildren(committee, false);
    }
}

void UnitTreeModel::refreshMarks(const QList<qint64> &unitIds)
{
    if (unitIds.isEmpty()) {
        remarkChildren(m_root.get());
        return;
    }
    for (qint64 id : unitIds)
        onCongressChanged(id, m_termId);
}

void UnitTreeModel::onCongressChanged(qint64 unitId, qint64 termId)
{
    Node *node = m_nodes.value(unitId);
    if (!node || termId != m_termId)
        return;
    if (!readMarks({node}))
        return;
    emit dataChanged(indexFor(node, NameColumn), indexFor(node, ColumnCount - 1),
                     {Qt::DecorationRole, Qt::ToolTipRole, Qt::ForegroundRole, CongressStateRole, OverdueRole});
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Unit &unit = nodeFor(index)->unit;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == CodeColumn)
            return unit.code;
        return unit.retired ? tr("%1 (retired)").arg(unit.name) : unit.name;
    case Qt::ToolTipRole: {
        const QString tip =
            QStringLiteral("%1 — %2 (%3)").arg(unit.name, UnitLevels::displayName(unit.level), unit.code);
        if (m_termId <= 0)
            return tip;
        const Node *node = nodeFor(index);
        const QString marked = tip + QLatin1Char('\n') + UnitStatusIcons::description(node->mark);
        if (!node->overdueSince.isValid())
            return marked;
        return marked + QLatin1Char('\n')
            + tr("Congress overdue against the plan (due %1)").arg(DisplayFormat::date(node->overdueSince));
    }
    case Qt::DecorationRole:
        if (m_termId <= 0 || index.column() != NameColumn)
            return {};
        if (nodeFor(index)->overdueSince.isValid())
            return overdueIcon();
        return UnitStatusIcons::icon(nodeFor(index)->mark.state);
    case OverdueRole:
        if (m_termId <= 0 || !nodeFor(index)->overdueSince.isValid())
            return {};
        return nodeFor(index)->overdueSince;
    case CongressStateRole:
        if (m_termId <= 0)
            return {};
        return int(nodeFor(index)->mark.state);
    case Qt::FontRole:
        if (unit.retired || !UnitLevels::isBranch(unit.level)) {
            QFont font;
            font.setItalic(unit.retired);
            font.setBold(!UnitLevels::isBranch(unit.level) && !unit.retired);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (unit.retired)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (m_termId > 0 && nodeFor(index)->overdueSince.isValid())
            return QColor(0xb0, 0x2a, 0x1a); // the overdue red of the progress page
        return {};
    case UnitIdRole:
        return unit.id;
    case UnitRole:
        return QVariant::fromValue(unit);
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == CodeColumn ? tr("Code") : tr("Party organisation");
}

Unit UnitTreeModel::unitAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->unit : Unit();
}

QModelIndex UnitTreeModel::indexOfUnit(qint64 unitId) const
{
    return indexFor(m_nodes.value(unitId));
}

void UnitTreeModel::onUnitAdded(const Unit &unit)
{
    Node *parent = unit.parentId > 0 ? m_nodes.value(unit.parentId) : m_root.get();
    if (!parent)
        return; // its parent is not fetched yet: it will be read when the parent is expanded
    const bool hadChildren = parent->unit.childCount > 0 || !parent->children.empty();
    ++parent->unit.childCount;
    // New units go last (by position); an unfetched tail will bring it in on fetchMore.
    if (parent->allFetched || int(parent->children.size()) + 1 == parent->unit.childCount) {
        const int row = int(parent->children.size());
        beginInsertRows(indexFor(parent), row, row);
        auto child = std::make_unique<Node>();
        child->unit = unit;
        child->parent = parent;
        child->rowInParent = row;
        m_nodes.insert(unit.id, child.get());
        parent->children.push_back(std::move(child));
        endInsertRows();
    } else if (!hadChildren && parent != m_root.get()) {
        const QModelIndex index = indexFor(parent);
        emit dataChanged(index, index);
    }
}

void UnitTreeModel::forget(Node *node)
{
    for (const auto &child : node->children)
        forget(child.get());
    m_nodes.remove(node->unit.id);
}

void UnitTreeModel::onUnitRemoved(qint64 id, qint64 parentId)
{
    Node *parent = parentId > 0 ? m_nodes.value(parentId) : m_root.get();
    if (!parent)
        return;
    --parent->unit.childCount;
    Node *node = m_nodes.value(id);
    if (!node)
        return;
    const int row = node->row();
    beginRemoveRows(indexFor(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    parent->renumberFrom(size_t(row));
    endRemoveRows();
}

void UnitTreeModel::onUnitChanged(const Unit &unit)
{
    Node *node = m_nodes.value(unit.id);
    if (!node)
        return;
    const int childCount = node->unit.childCount;
    node->unit = unit;
    node->unit.childCount = childCount;
    emit dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
}

void UnitTreeModel::onUnitMoved(const Unit &unit, qint64 oldParentId)
{
    Node *node = m_nodes.value(unit.id);
    Node *oldParent = oldParentId > 0 ? m_nodes.value(oldParentId) : m_root.get();
    Node *newParent = unit.parentId > 0 ? m_nodes.value(unit.parentId) : m_root.get();
    if (oldParent)
        --oldParent->unit.childCount;
    std::unique_ptr<Node> moving;
    if (node && oldParent) {
        const int row = node->row();
        beginRemoveRows(indexFor(oldParent), row, row);
        moving = std::move(oldParent->children[size_t(row)]);
        oldParent->children.erase(oldParent->children.begin() + row);
        oldParent->renumberFrom(size_t(row));
        endRemoveRows();
    }
    if (!newParent) {
        if (moving)
            forget(moving.get());
        return;
    }
    ++newParent->unit.childCount;
    if (!newParent->allFetched && int(newParent->children.size()) + 1 != newParent->unit.childCount) {
        if (moving)
            forget(moving.get());
        return; // read with the rest of the parent's children
    }
    if (!moving) {
        moving = std::make_unique<Node>();
        moving->unit = unit;
        readMarks({moving.get()});
        m_nodes.insert(unit.id, moving.get());
    }
    moving->parent = newParent;
    moving->unit.parentId = unit.parentId;
    const int row = int(newParent->children.size());
    moving->rowInParent = row;
    beginInsertRows(indexFor(newParent), row, row);
    newParent->children.push_back(std::move(moving));
    endInsertRows();
}

} // namespace daihoi
