#pragma once

#include "storage/SearchRepository.h"

#include <QAbstractListModel>

namespace daihoi {

class Workspace;

// What the search box found, units first, people sorted the Vietnamese way.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { UnitIdRole = Qt::UserRole + 1, TermKeyRole, IsPersonRole };
    static constexpr int Limit = 50;

    explicit SearchResultsModel(Workspace *workspace, QObject *parent = nullptr);

    void search(const QString &text);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Workspace *m_workspace;
    QList<SearchHit> m_hits;
};

} // namespace daihoi
