#include "SearchResultsModel.h"

#include "Workspace.h"
#include "domain/Term.h"
#include "domain/VietnameseNameOrder.h"
#include "storage/Database.h"

namespace daihoi {

SearchResultsModel::SearchResultsModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
}

void SearchResultsModel::search(const QString &text)
{
    QList<SearchHit> hits;
    QString error;
    if (m_workspace->isOpen()
        && !SearchRepository(m_workspace->database().connection()).search(text, Limit, &hits, &error))
        m_workspace->reportFailure(error);
    const VietnameseNameOrder order;
    std::stable_sort(hits.begin(), hits.end(), [&order](const SearchHit &a, const SearchHit &b) {
        if (a.kind != b.kind)
            return a.kind == SearchHit::Kind::Unit;
        if (a.kind == SearchHit::Kind::Person) {
            if (const int names = order.compare(a.title, b.title))
                return names < 0;
            return a.termStartYear > b.termStartYear;
        }
        return a.title.localeAwareCompare(b.title) < 0;
    });
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const Term term{0, hit.termStartYear, hit.termEndYear};
    switch (role) {
    case Qt::DisplayRole:
        if (hit.kind == SearchHit::Kind::Unit)
            return QStringLiteral("%1 (%2)").arg(hit.title, hit.code);
        return tr("%1 — committee of %2, %3").arg(hit.title, hit.unitName, term.label());
    case UnitIdRole:
        return hit.unitId;
    case TermKeyRole:
        return hit.kind == SearchHit::Kind::Person ? term.key() : QString();
    case IsPersonRole:
        return hit.kind == SearchHit::Kind::Person;
    default:
        return {};
    }
}

} // namespace daihoi
