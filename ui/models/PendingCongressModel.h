#pragma once

#include "storage/CongressRepository.h"

#include <QAbstractListModel>

namespace daihoi {

class Workspace;

// The subordinate units of a committee that have not held their congress in a term, fetched a page at a time.
class PendingCongressModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { UnitIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit PendingCongressModel(Workspace *workspace, QObject *parent = nullptr);

    void show(qint64 committeeId, qint64 termId);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    bool readPage(QList<PendingCongress> *page);

    Workspace *m_workspace;
    qint64 m_committeeId = 0;
    qint64 m_termId = 0;
    QList<PendingCongress> m_items;
    bool m_allFetched = true;
};

} // namespace daihoi
