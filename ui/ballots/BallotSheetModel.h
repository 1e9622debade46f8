#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace daihoi {

// One paper ballot as the operator keys it: the candidates in ballot order, one row each, with
// the mark the voter made. With a surplus a name is kept or struck (shown struck through); without
// one it has the boxes Agree and Disagree, either, both or neither marked.
class BallotSheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, KeptColumn, AgreeColumn = KeptColumn, DisagreeColumn };

    explicit BallotSheetModel(QObject *parent = nullptr);

    void setList(const QStringList &candidates, bool surplus);
    bool hasSurplus() const { return m_surplus; }
    QStringList candidates() const { return m_candidates; }
    // One letter per candidate (BallotMarks); a clean ballot after setList() and clear().
    QString marks() const { return m_marks; }
    void setMarks(const QString &marks);
    void clear();
    // The operator's key on a row: kept ↔ struck, or the boxes in turn (agree, disagree, both, neither).
    void toggle(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void marksChanged();

private:
    bool isChecked(int row, int column) const;

    QStringList m_candidates;
    bool m_surplus = true;
    QString m_marks;
};

} // namespace daihoi
