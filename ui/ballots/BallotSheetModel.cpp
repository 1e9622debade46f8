#include "BallotSheetModel.h"

#include "domain/elections/ballots/BallotMarks.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace daihoi {

BallotSheetModel::BallotSheetModel(QObject *parent) : QAbstractTableModel(parent) {}

void BallotSheetModel::setList(const QStringList &candidates, bool surplus)
{
    if (candidates == m_candidates && surplus == m_surplus)
        return;
    beginResetModel();
    m_candidates = candidates;
    m_surplus = surplus;
    m_marks = BallotMarks::clean(int(candidates.size()), surplus);
    endResetModel();
    emit marksChanged();
}

void BallotSheetModel::setMarks(const QString &marks)
{
    // Marks of another list (the candidates changed since) start clean rather than half-read.
    m_marks = BallotMarks::error(marks, int(m_candidates.size()), m_surplus).isEmpty()
                  ? marks
                  : BallotMarks::clean(int(m_candidates.size()), m_surplus);
    if (!m_candidates.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit marksChanged();
}

void BallotSheetModel::clear()
{
    setMarks(BallotMarks::clean(int(m_candidates.size()), m_surplus));
}

void BallotSheetModel::toggle(int row)
{
    if (row < 0 || row >= m_marks.size())
        return;
    m_marks[row] = BallotMarks::toggled(m_marks.at(row), m_surplus);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit marksChanged();
}

bool BallotSheetModel::isChecked(int row, int column) const
{
    const QChar mark = m_marks.at(row);
    if (m_surplus)
        return mark == QChar(BallotMarks::kept);
    if (column == AgreeColumn)
        return mark == QChar(BallotMarks::agree) || mark == QChar(BallotMarks::both);
    return mark == QChar(BallotMarks::disagree) || mark == QChar(BallotMarks::both);
}

int BallotSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int BallotSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_surplus ? KeptColumn + 1 : DisagreeColumn + 1);
}

QVariant BallotSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_candidates.size())
        return {};
    const int row = index.row();
    const QChar mark = m_marks.at(row);
    const bool struck = m_surplus && mark == QChar(BallotMarks::struck);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NumberColumn)
            return row + 1;
        if (index.column() == NameColumn)
            return m_candidates.at(row);
        if (m_surplus)
            return BallotMarks::name(mark);
        return {};
    case Qt::CheckStateRole:
        if (index.column() >= KeptColumn)
            return isChecked(row, index.column()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && struck) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (struck)
            return QBrush(QColor(0x8a, 0x8a, 0x8a));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool BallotSheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // A click on a box marks or clears that box, as the voter's pen did.
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() < KeptColumn)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    const int row = index.row();
    QChar mark;
    if (m_surplus) {
        mark = QChar(checked ? BallotMarks::kept : BallotMarks::struck);
    } else {
        const bool agree = index.column() == AgreeColumn ? checked : isChecked(row, AgreeColumn);
        const bool disagree = index.column() == DisagreeColumn ? checked : isChecked(row, DisagreeColumn);
        mark = QChar(agree && disagree ? BallotMarks::both
                     : agree           ? BallotMarks::agree
                     : disagree        ? BallotMarks::disagree
                                       : BallotMarks::neither);
    }
    m_marks[row] = mark;
    emit dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
    emit marksChanged();
    return true;
}

Qt::ItemFlags BallotSheetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() >= KeptColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant BallotSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Full name");
    case KeptColumn:
        return m_surplus ? tr("Kept") : tr("Agree");
    case DisagreeColumn:
        return tr("Disagree");
    }
    return {};
}

} // namespace daihoi
