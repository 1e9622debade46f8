#include "CommitteeTargetModel.h"

#include "Workspace.h"
#include "domain/DisplayFormat.h"
#include "storage/Database.h"
#include "storage/targets/CommitteeTargetQuery.h"
#include "targets/TargetFigureText.h"

#include <QBrush>
#include <QColor>

namespace daihoi {

CommitteeTargetModel::CommitteeTargetModel(Workspace *workspace, QObject *parent)
    : PagedTableModel(workspace, parent)
{
}

void CommitteeTargetModel::show(qint64 committeeId, qint64 termId, const CommitteeTargetFilter &filter)
{
    restart([&] {
        m_committeeId = committeeId;
        m_termId = termId;
        m_filter = filter;
        return m_workspace->isOpen() && committeeId > 0 && termId > 0;
    });
}

bool CommitteeTargetModel::readRows(int offset, int limit, QList<CommitteeTargetRow> *rows, QString *error)
{
    return CommitteeTargetQuery(m_workspace->database().connection())
        .rows(m_committeeId, m_termId, m_filter, offset, limit, rows, error);
}

int CommitteeTargetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitteeTargetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const CommitteeTargetRow &row = rows().at(index.row());
    if (role == UnitIdRole)
        return row.unit.id;
    if (role == ResultKeyRole)
        return TargetResults::key(row.result);
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        if (row.result == TargetResult::NotAchieved)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (row.result == TargetResult::NotReviewed)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return QBrush(QColor(0x2e, 0x7d, 0x32));
    }
    if (role == Qt::ToolTipRole && index.column() == UnitColumn)
        return row.unit.name;
    if (role == Qt::ToolTipRole && (index.column() == GroupColumn || index.column() == NameColumn))
        return data(index, Qt::DisplayRole); // whole, where a narrow column wraps or cuts it
    if (role != Qt::DisplayRole)
        return {};
    const QChar separator = DisplayFormat::decimalSeparator();
    switch (index.column()) {
    case UnitColumn:
        return QStringLiteral("%1 (%2)").arg(row.unit.name, row.unit.code);
    case GroupColumn:
        return row.target.group;
    case NameColumn:
        return row.target.name;
    case RequirementColumn:
        return row.target.requirementText(separator);
    case ReachedColumn:
        return TargetFigureText::reached(row.target, separator);
    case ResultColumn:
        return TargetResults::label(row.result);
    }
    return {};
}

QVariant CommitteeTargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case GroupColumn:
        return tr("Group");
    case NameColumn:
        return tr("Target");
    case RequirementColumn:
        return tr("Required");
    case ReachedColumn:
        return tr("Reached");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace daihoi
