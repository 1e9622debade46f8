#include "RatingTableModel.h"

#include "domain/DisplayFormat.h"

namespace daihoi {

RatingTableModel::RatingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RatingTableModel::setRatings(const QList<int> &years, const QList<YearRating> &ratings)
{
    beginResetModel();
    m_rows.clear();
    for (int year : years) {
        YearRating row;
        row.year = year;
        for (const YearRating &rating : ratings) {
            if (rating.year == year)
                row = rating;
        }
        m_rows.append(row);
    }
    endResetModel();
}

QualityRating RatingTableModel::levelOf(Column column)
{
    switch (column) {
    case ExcellentColumn:
        return QualityRating::Excellent;
    case GoodColumn:
        return QualityRating::Good;
    case CompletedColumn:
        return QualityRating::Completed;
    default:
        return QualityRating::NotCompleted;
    }
}

int RatingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RatingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RatingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const YearRating &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != UnitLevelColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const auto column = Column(index.column());
    switch (column) {
    case YearColumn:
        return r.year;
    case UnitLevelColumn:
        if (role == Qt::EditRole)
            return r.unitLevel ? QualityRatings::key(*r.unitLevel) : QString();
        return r.unitLevel ? QualityRatings::label(*r.unitLevel) : QString();
    case ExcellentColumn:
    case GoodColumn:
    case CompletedColumn:
    case NotCompletedColumn:
        return r.memberCount(levelOf(column));
    case TotalColumn:
        return r.memberTotal();
    case GoodOrAboveColumn:
        return r.hasMemberCounts() ? QVariant(DisplayFormat::percent(r.membersAtOrAbove(QualityRating::Good),
                                                                     r.memberTotal()) +
                                              QStringLiteral(" %"))
                                   : QVariant(QString());
    case ColumnCount:
        break;
    }
    return {};
}

bool RatingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const YearRating before = m_rows.at(index.row());
    YearRating after = before;
    if (index.column() == UnitLevelColumn) {
        QualityRating level;
        if (QualityRatings::fromKey(value.toString(), &level))
            after.unitLevel = level;
        else
            after.unitLevel.reset();
    } else {
        bool ok = false;
        const int count = value.toString().trimmed().toInt(&ok);
        if (!ok || count < 0) {
            emit refused(tr("%1, %2: a number of members, 0 or more, is needed (“%3” entered).")
                             .arg(before.year)
                             .arg(QualityRatings::label(levelOf(Column(index.column()))), value.toString()));
            return false;
        }
        after.members.insert(levelOf(Column(index.column())), count);
        if (count == 0)
            after.members.remove(levelOf(Column(index.column())));
    }
    if (after == before)
        return false;
    emit ratingEdited(before, after);
    return true;
}

Qt::ItemFlags RatingTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const bool editable = index.column() >= UnitLevelColumn && index.column() <= NotCompletedColumn;
    return editable ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable
                    : QAbstractTableModel::flags(index);
}

QVariant RatingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case YearColumn:
        return tr("Year");
    case UnitLevelColumn:
        return tr("Unit rated");
    case ExcellentColumn:
        return tr("Members: excellent");
    case GoodColumn:
        return tr("Well");
    case CompletedColumn:
        return tr("Fulfilled");
    case NotCompletedColumn:
        return tr("Not fulfilled");
    case TotalColumn:
        return tr("Rated");
    case GoodOrAboveColumn:
        return tr("Well or above");
    }
    return {};
}

} // namespace daihoi
