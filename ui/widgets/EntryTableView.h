#pragma once

#include <QTableView>

namespace daihoi {

// A table for copying numbers off paper: Enter commits the cell and opens the one below,
// as clerks type a column of votes. Rows are tall enough for the cell editors.
class EntryTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EntryTableView(QWidget *parent = nullptr);

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void changeEvent(QEvent *event) override;

private:
    void fitRowsToEditors();
};

} // namespace daihoi
