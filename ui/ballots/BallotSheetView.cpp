#include "BallotSheetView.h"

#include "BallotSheetModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace daihoi {

BallotSheetView::BallotSheetView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Large type: the operator reads the screen and the paper side by side.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    setFont(big);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
}

void BallotSheetView::setSheet(BallotSheetModel *sheet)
{
    m_sheet = sheet;
    setModel(sheet);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(BallotSheetModel::NameColumn, QHeaderView::Stretch);
}

void BallotSheetView::keyPressEvent(QKeyEvent *event)
{
    if (!m_sheet || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QTableView::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        emit saveRequested();
        return;
    }
    if (key == Qt::Key_Space) {
        const int row = currentIndex().isValid() ? currentIndex().row() : 0;
        m_sheet->toggle(row);
        setCurrentIndex(m_sheet->index(row, BallotSheetModel::NameColumn));
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        const int row = key - Qt::Key_1;
        if (row < m_sheet->rowCount()) {
            m_sheet->toggle(row);
            setCurrentIndex(m_sheet->index(row, BallotSheetModel::NameColumn));
        }
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace daihoi
