#pragma once

#include "domain/Congress.h"

#include <QAbstractTableModel>

namespace daihoi {

// The guests of one congress as an editable table; each edit is announced as the whole new list,
// which the congress panel saves as one undoable edit.
class GuestTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TitleColumn, ColumnCount };

    explicit GuestTableModel(QObject *parent = nullptr);

    void setGuests(const QList<CongressGuest> &guests);
    QList<CongressGuest> guests() const { return m_guests; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void guestsEdited(const QList<daihoi::CongressGuest> &guests);

private:
    QList<CongressGuest> m_guests;
};

} // namespace daihoi
