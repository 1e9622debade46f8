#pragma once

#include "domain/targets/Target.h"
#include "domain/targets/YearRating.h"

#include <QAbstractTableModel>
#include <QHash>

namespace daihoi {

// The targets of one congress with their review, edited in place. An edit is checked here (number, unit,
// rules) and announced as before/after; the panel saves it as one undoable edit and reloads the model.
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        GroupColumn,
        NameColumn,
        ComparisonColumn,
        ValueColumn,
        UnitColumn,
        BasisColumn,
        ReachedColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role { TargetIdRole = Qt::UserRole + 1, ResultKeyRole };

    explicit TargetTableModel(QObject *parent = nullptr);

    // The ratings explain a rating-based target's value reached (tooltips); years are the term's.
    void setTargets(const QList<Target> &targets, const QList<YearRating> &ratings = {},
                    const QList<int> &years = {});
    QList<Target> targets() const { return m_targets; }
    Target targetAt(int row) const { return m_targets.value(row); }
    int rowOf(qint64 targetId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString basisText(const Target &target);

signals:
    void targetEdited(const daihoi::Target &before, const daihoi::Target &after);
    // An edit that cannot be saved, with the reason (shown in the message bar).
    void refused(const QString &message);

private:
    QList<Target> m_targets;
    QHash<qint64, QString> m_explanations;
};

} // namespace daihoi
