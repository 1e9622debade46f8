#pragma once

#include "domain/FieldError.h"
#include "domain/plans/WorkItem.h"

#include <QAbstractTableModel>
#include <QDate>

namespace daihoi {

// A plan's work items as the clerk types them: number, title, who answers for it, deadline, state and the day
// done. Rows keep their place while the clerk types (the overdue ones come first when the plan is shown);
// an item still open after its deadline is marked. Dates typed that are no date stay as typed, named by
// problems().
class WorkItemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, ResponsibleColumn, DeadlineColumn, StateColumn, DoneColumn, ColumnCount };
    enum Role { OverdueRole = Qt::UserRole + 1 };

    explicit WorkItemTableModel(QObject *parent = nullptr);

    // The items in the order given; `today` judges which are overdue and is the day a finished item is done.
    void setItems(const QList<WorkItem> &items, const QDate &today);
    QList<WorkItem> items() const;
    FieldErrors problems() const;
    // A new item numbered after the last; its row.
    int addItem();
    void removeItem(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    struct Row
    {
        WorkItem item;
        QString numberText; // as typed, while it is no number
        QString deadlineText;
        QString deadlineProblem;
        QString doneText;
        QString doneProblem;
    };
    bool readDate(const QVariant &value, QDate *date, QString *text, QString *problem);

    QList<Row> m_rows;
    QDate m_today;
};

} // namespace daihoi
