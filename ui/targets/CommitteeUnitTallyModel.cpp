#include "CommitteeUnitTallyModel.h"

#include "Workspace.h"
#include "storage/Database.h"
#include "storage/QuerySnapshot.h"
#include "storage/targets/CommitteeTargetQuery.h"

namespace daihoi {

CommitteeUnitTallyModel::CommitteeUnitTallyModel(Workspace *workspace, QObject *parent)
    : PagedTableModel(workspace, parent)
{
}

CommitteeUnitTallyModel::~CommitteeUnitTallyModel() = default;

void CommitteeUnitTallyModel::show(qint64 committeeId, qint64 termId, const QString &group)
{
    restart([&] {
        m_committeeId = committeeId;
        m_termId = termId;
        m_group = group;
        m_snapshot.reset();
        if (!(m_workspace->isOpen() && committeeId > 0 && termId > 0))
            return false;
        QString error;
        m_snapshot = std::make_unique<QuerySnapshot>(m_workspace->database().connection());
        if (!CommitteeTargetQuery(m_workspace->database().connection())
                 .unitTallies(committeeId, termId, group, m_snapshot.get(), &error)) {
            m_workspace->reportFailure(error);
            return false;
        }
        // Room for every row at once: doubling a list of 300,000 rows stalls a scroll step.
        reserveRows(m_snapshot->rowCount());
        return true;
    });
}

bool CommitteeUnitTallyModel::readRows(int offset, int limit, QList<UnitTargetTally> *rows, QString *error)
{
    return CommitteeTargetQuery::unitTallyPage(*m_snapshot, offset, limit, rows, error);
}

int CommitteeUnitTallyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitteeUnitTallyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const UnitTargetTally &row = rows().at(index.row());
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

} // namespace daihoi
