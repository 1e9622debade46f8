#include "EntryTableView.h"

namespace daihoi {

EntryTableView::EntryTableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
}

void EntryTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex current = currentIndex();
    QTableView::closeEditor(editor, hint);
    // Enter ends an edit with SubmitModelCache; move down like a spreadsheet.
    if (hint == QAbstractItemDelegate::SubmitModelCache && current.isValid()
        && current.row() + 1 < model()->rowCount()) {
        const QModelIndex below = model()->index(current.row() + 1, current.column());
        setCurrentIndex(below);
        edit(below);
    }
}

} // namespace daihoi
