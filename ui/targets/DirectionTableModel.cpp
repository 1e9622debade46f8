#include "DirectionTableModel.h"

namespace daihoi {

DirectionTableModel::DirectionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DirectionTableModel::setItems(const QList<DirectionItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int DirectionTableModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId)
            return row;
    }
    return -1;
}

int DirectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DirectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DirectionItem &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::DisplayRole)
        return index.column() == GroupColumn ? DirectionItem::groupLabel(item.group) : item.text;
    if (role == Qt::EditRole)
        return index.column() == GroupColumn ? DirectionItem::groupKey(item.group) : item.text;
    return {};
}

bool DirectionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const DirectionItem before = m_items.at(index.row());
    DirectionItem after = before;
    const QString text = value.toString().trimmed();
    if (index.column() == GroupColumn) {
        if (!DirectionItem::groupFromKey(text, &after.group))
            return false;
    } else {
        if (text.isEmpty()) {
            emit refused(tr("A direction item needs its text; remove the item instead of emptying it."));
            return false;
        }
        after.text = text;
    }
    if (after == before)
        return false;
    emit itemEdited(before, after);
    return true;
}

Qt::ItemFlags DirectionTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant DirectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == GroupColumn ? tr("Kind") : tr("Text");
}

} // namespace daihoi
