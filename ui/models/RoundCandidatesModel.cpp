#include "RoundCandidatesModel.h"

#include "domain/DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace daihoi {

RoundCandidatesModel::RoundCandidatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoundCandidatesModel::setRound(const QList<CandidateVotes> &candidates, const RoundResult &result)
{
    if (candidates.size() != m_candidates.size()) {
        beginResetModel();
        m_candidates = candidates;
        m_result = result;
        endResetModel();
        return;
    }
    m_candidates = candidates;
    m_result = result;
    if (!m_candidates.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_candidates.size()) - 1, ColumnCount - 1));
}

int RoundCandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int RoundCandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundCandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_candidates.size())
        return {};
    const CandidateVotes &candidate = m_candidates.at(index.row());
    const bool computed = index.row() < m_result.candidates.size() && m_result.hasBase();
    const CandidateResult result = computed ? m_result.candidates.at(index.row()) : CandidateResult();
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != StatusColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        if (index.column() == NameColumn)
            return candidate.name;
        if (index.column() == VotesColumn)
            return candidate.votes;
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && computed) {
        switch (result.status) {
        case CandidateResult::Status::Elected:
            return QBrush(QColor(0x1d, 0x6b, 0x2a));
        case CandidateResult::Status::Tie:
            return QBrush(QColor(0xa0, 0x5a, 0x00));
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && computed && result.status == CandidateResult::Status::Elected) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case NameColumn:
        return candidate.name;
    case VotesColumn:
        return candidate.votes;
    case PercentColumn:
        // A refused round shows no share: a figure beside "Not saved" would read as a result.
        if (!computed || m_result.isRefused())
            return QString();
        return result.percentText(DisplayFormat::decimalSeparator()) + QStringLiteral(" %");
    case StatusColumn:
        if (!computed || m_result.isRefused())
            return QString();
        switch (result.status) {
        case CandidateResult::Status::Elected:
            return tr("Elected");
        case CandidateResult::Status::NotElected:
            return tr("Not elected");
        case CandidateResult::Status::Tie:
            return tr("Tie: another round needed");
        case CandidateResult::Status::Undecided:
            return QString();
        }
    }
    return {};
}

bool RoundCandidatesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    QList<CandidateVotes> edited = m_candidates;
    CandidateVotes &candidate = edited[index.row()];
    if (index.column() == NameColumn) {
        candidate.name = value.toString().simplified();
    } else if (index.column() == VotesColumn) {
        bool ok = false;
        const int votes = value.toInt(&ok);
        if (!ok || votes < 0)
            return false;
        candidate.votes = votes;
    } else {
        return false;
    }
    if (edited == m_candidates)
        return false;
    emit candidatesEdited(edited);
    return true;
}

Qt::ItemFlags RoundCandidatesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if ((index.column() == NameColumn && m_namesEditable) || (index.column() == VotesColumn && m_votesEditable))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RoundCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Candidate");
    case VotesColumn:
        return tr("Votes");
    case PercentColumn:
        return tr("% of base");
    case StatusColumn:
        return tr("Result");
    }
    return {};
}

} // namespace daihoi
