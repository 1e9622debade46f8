#pragma once

#include "domain/targets/YearRating.h"

#include <QAbstractTableModel>

namespace daihoi {

// One row per year of the term: the unit's own rating and its members counted per level, edited in place.
class RatingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        YearColumn,
        UnitLevelColumn,
        ExcellentColumn,
        GoodColumn,
        CompletedColumn,
        NotCompletedColumn,
        TotalColumn,
        GoodOrAboveColumn,
        ColumnCount
    };

    explicit RatingTableModel(QObject *parent = nullptr);

    // Every year gets a row, rated or not.
    void setRatings(const QList<int> &years, const QList<YearRating> &ratings);
    YearRating ratingAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QualityRating levelOf(Column column);

signals:
    void ratingEdited(const daihoi::YearRating &before, const daihoi::YearRating &after);
    void refused(const QString &message);

private:
    QList<YearRating> m_rows;
};

} // namespace daihoi
