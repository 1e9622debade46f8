#include "EntryTableView.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QSpinBox>

namespace daihoi {

EntryTableView::EntryTableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    fitRowsToEditors();
}

void EntryTableView::fitRowsToEditors()
{
    // Rows as tall as a spin box or a combo box, so an open cell editor shows its text whole.
    QSpinBox spin;
    spin.setFont(font());
    QComboBox combo;
    combo.setEditable(true);
    combo.setFont(font());
    const int height = qMax(spin.sizeHint().height(), combo.sizeHint().height());
    verticalHeader()->setDefaultSectionSize(qMax(verticalHeader()->defaultSectionSize(), height));
}

void EntryTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitRowsToEditors();
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
