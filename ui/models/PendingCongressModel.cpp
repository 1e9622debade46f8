#include "PendingCongressModel.h"

#include "Workspace.h"
#include "domain/DisplayFormat.h"
#include "storage/Database.h"

namespace daihoi {

PendingCongressModel::PendingCongressModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
}

void PendingCongressModel::show(qint64 committeeId, qint64 termId)
{
    beginResetModel();
    m_committeeId = committeeId;
    m_termId = termId;
    m_items.clear();
    m_allFetched = !(m_workspace->isOpen() && termId > 0);
    // The first page comes with the reset, so views never fetch in the middle of one.
    if (!m_allFetched)
        readPage(&m_items);
    endResetModel();
}

bool PendingCongressModel::readPage(QList<PendingCongress> *page)
{
    QList<PendingCongress> read;
    QString error;
    if (!CongressRepository(m_workspace->database().connection())
             .pending(m_committeeId, m_termId, int(m_items.size()), PageSize, &read, &error)) {
        m_allFetched = true;
        m_workspace->reportFailure(error);
        return false;
    }
    m_allFetched = read.size() < PageSize;
    *page += read;
    return true;
}

int PendingCongressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant PendingCongressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PendingCongress &item = m_items.at(index.row());
    if (role == UnitIdRole)
        return item.unit.id;
    if (role != Qt::DisplayRole)
        return {};
    QString state;
    if (!item.hasRecord)
        state = tr("no congress recorded");
    else if (item.status == Congress::Status::Postponed)
        state = tr("postponed");
    else if (item.plannedDate.isValid())
        state = tr("planned for %1").arg(DisplayFormat::date(item.plannedDate));
    else
        state = tr("planned");
    return QStringLiteral("%1 (%2) — %3").arg(item.unit.name, item.unit.code, state);
}

bool PendingCongressModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_allFetched;
}

void PendingCongressModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_allFetched)
        return;
    QList<PendingCongress> page;
    if (!readPage(&page))
        return;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size()) - 1);
    m_items += page;
    endInsertRows();
}

} // namespace daihoi
