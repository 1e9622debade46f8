#include "GuestTableModel.h"

namespace daihoi {

GuestTableModel::GuestTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GuestTableModel::setGuests(const QList<CongressGuest> &guests)
{
    beginResetModel();
    m_guests = guests;
    endResetModel();
}

int GuestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_guests.size());
}

int GuestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuestTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const CongressGuest &guest = m_guests.at(index.row());
    return index.column() == NameColumn ? guest.name : guest.title;
}

bool GuestTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    if (index.column() == NameColumn && text.isEmpty())
        return false; // a guest needs a name; the old one stays
    QList<CongressGuest> edited = m_guests;
    QString &field = index.column() == NameColumn ? edited[index.row()].name : edited[index.row()].title;
    if (field == text)
        return false;
    field = text;
    // The panel saves the list; the model is refreshed from the saved record.
    emit guestsEdited(edited);
    return true;
}

Qt::ItemFlags GuestTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant GuestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Full name") : tr("Title");
}

} // namespace daihoi
