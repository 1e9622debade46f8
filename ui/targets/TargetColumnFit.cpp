#include "TargetColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace daihoi {

TargetColumnFit::TargetColumnFit(QTableView *view, int nameColumn, const QList<int> &textColumns)
    : QObject(view), m_view(view), m_nameColumn(nameColumn), m_textColumns(textColumns)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(nameColumn, QHeaderView::Stretch);
    for (int column : textColumns)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    view->setWordWrap(true);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &TargetColumnFit::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TargetColumnFit::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &TargetColumnFit::fit);
}

bool TargetColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void TargetColumnFit::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    // QTableView hides its column size hint; the item view's is the one ResizeToContents uses.
    auto *items = static_cast<QAbstractItemView *>(m_view);
    const auto wanted = [&](int column) {
        return std::max(items->sizeHintForColumn(column), header->sectionSizeHint(column));
    };
    const int width = m_view->viewport()->width();
    int figures = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_nameColumn && !m_textColumns.contains(column) && !header->isSectionHidden(column))
            figures += wanted(column);
    }
    int budget = std::max(0, width - figures - int(width * NameShare));

    // Narrowest wish first: each column gets what it wants or an even share of what is left.
    QList<QPair<int, int>> wishes;
    for (int column : m_textColumns)
        wishes.append({wanted(column), column});
    std::sort(wishes.begin(), wishes.end());
    for (int i = 0; i < wishes.size(); ++i) {
        const int share = budget / int(wishes.size() - i);
        // Never narrower than the column's title, which does not wrap.
        const int title =
            std::max(header->minimumSectionSize(), header->sectionSizeHint(wishes.at(i).second));
        const int given = std::max(title, std::min(wishes.at(i).first, share));
        header->resizeSection(wishes.at(i).second, given);
        budget = std::max(0, budget - given);
    }
}

} // namespace daihoi
