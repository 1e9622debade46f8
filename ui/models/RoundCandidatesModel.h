#pragma once

#include "domain/elections/CandidateVotes.h"
#include "domain/elections/RoundResult.h"

#include <QAbstractTableModel>

namespace daihoi {

// The candidate list of one round with each one's votes, percentage of the base and status,
// recomputed as the clerk types. Edits are announced as the whole new list.
class RoundCandidatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, VotesColumn, PercentColumn, StatusColumn, ColumnCount };

    explicit RoundCandidatesModel(QObject *parent = nullptr);

    // Same number of rows: the cells are refreshed in place, so an open editor stays open.
    void setRound(const QList<CandidateVotes> &candidates, const RoundResult &result);
    QList<CandidateVotes> candidates() const { return m_candidates; }
    // Votes counted ballot by ballot come from the count, not from typing; once ballots are entered
    // the names are those printed on them.
    void setCounted(bool counted, bool ballotsEntered)
    {
        m_votesEditable = !counted;
        m_namesEditable = !ballotsEntered;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void candidatesEdited(const QList<daihoi::CandidateVotes> &candidates);

private:
    QList<CandidateVotes> m_candidates;
    RoundResult m_result;
    bool m_votesEditable = true;
    bool m_namesEditable = true;
};

} // namespace daihoi
