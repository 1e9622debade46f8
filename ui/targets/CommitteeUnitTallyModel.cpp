#include "CommitteeUnitTallyModel.h"

#include "Workspace.h"
#include "storage/Database.h"
#include "storage/QuerySnapshot.h"
#include "storage/targets/CommitteeTargetQuery.h"

namespace daihoi {

CommitteeUnitTallyModel::CommitteeUnitTallyModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

CommitteeUnitTallyModel::~CommitteeUnitTallyModel() = default;

void CommitteeUnitTallyModel::show(qint64 committeeId, qint64 termId, const QString &group)
{
    beginResetModel();
    m_committeeId = committeeId;
    m_termId = termId;
    m_group = group;
    m_rows.clear();
    m_snapshot.reset();
    m_allFetched = !(m_workspace->isOpen() && committeeId > 0 && termId > 0);
    if (!m_allFetched) {
        QString error;
        m_snapshot = std::make_unique<QuerySnapshot>(m_workspace->database().connection());
        if (CommitteeTargetQuery(m_workspace->database().connection())
                .unitTallies(committeeId, termId, group, m_snapshot.get(), &error)) {
            // Room for every row at once: doubling a list of 300,000 rows stalls a scroll step.
            m_rows.reserve(m_snapshot->rowCount());
            readPage(&m_rows);
        } else {
            m_allFetched = true;
            m_workspace->reportFailure(error);
        }
    }
    // Whoever hears of the reset (a view, the model tester) may ask for more at once; rows inserted while
    // the reset is still being announced would arrive in the middle of it, so they wait for the next ask.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
}

bool CommitteeUnitTallyModel::readPage(QList<UnitTargetTally> *page)
{
    QList<UnitTargetTally> read;
    QString error;
    if (!CommitteeTargetQuery::unitTallyPage(*m_snapshot, int(m_rows.size()), PageSize, &read, &error)) {
        m_allFetched = true;
        m_workspace->reportFailure(error);
        return false;
    }
    m_allFetched = read.size() < PageSize;
    *page += read;
    return true;
}

int CommitteeUnitTallyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommitteeUnitTallyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitteeUnitTallyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UnitTargetTally &row = m_rows.at(index.row());
    if (role == UnitIdRole)
        return row.unit.id;
    if (role == Qt::TextAlignmentRole && index.column() >= ExceededColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UnitColumn:
        return QStringLiteral("%1 (%2)").arg(row.unit.name, row.unit.code);
    case SentenceColumn:
        return row.tally.sentence();
    case ExceededColumn:
        return row.tally.exceeded;
    case AchievedColumn:
        return row.tally.achieved;
    case NotAchievedColumn:
        return row.tally.notAchieved;
    case NotReviewedColumn:
        return row.tally.notReviewed;
    }
    return {};
}

QVariant CommitteeUnitTallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case SentenceColumn:
        return tr("Achieved or exceeded");
    case ExceededColumn:
        return tr("Exceeded");
    case AchievedColumn:
        return tr("Achieved");
    case NotAchievedColumn:
        return tr("Not achieved");
    case NotReviewedColumn:
        return tr("Not reviewed");
    }
    return {};
}

bool CommitteeUnitTallyModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_allFetched && !m_announcingReset;
}

void CommitteeUnitTallyModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_allFetched || m_announcingReset)
        return;
    QList<UnitTargetTally> page;
    if (!readPage(&page) || page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

} // namespace daihoi
