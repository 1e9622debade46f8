#pragma once

#include "domain/targets/DirectionItem.h"

#include <QAbstractTableModel>

namespace daihoi {

// The direction items of one congress by group, edited in place; edits are announced as before/after.
class DirectionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GroupColumn, TextColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };

    explicit DirectionTableModel(QObject *parent = nullptr);

    void setItems(const QList<DirectionItem> &items);
    QList<DirectionItem> items() const { return m_items; }
    DirectionItem itemAt(int row) const { return m_items.value(row); }
    int rowOf(qint64 itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void itemEdited(const daihoi::DirectionItem &before, const daihoi::DirectionItem &after);
    void refused(const QString &message);

private:
    QList<DirectionItem> m_items;
};

} // namespace daihoi
