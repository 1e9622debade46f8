#include "HeldCongressModel.h"

#include "Workspace.h"
#include "domain/DisplayFormat.h"
#include "domain/Percent.h"
#include "storage/Database.h"

namespace daihoi {

namespace {

HeldCongress::SortKey keyOf(int column)
{
    switch (column) {
    case HeldCongressModel::DateColumn:
        return HeldCongress::SortKey::Date;
    case HeldCongressModel::AttendanceColumn:
        return HeldCongress::SortKey::Attendance;
    case HeldCongressModel::SecretaryColumn:
        return HeldCongress::SortKey::Secretary;
    case HeldCongressModel::PercentColumn:
        return HeldCongress::SortKey::SecretaryPercent;
    default:
        return HeldCongress::SortKey::Unit;
    }
}

} // namespace

HeldCongressModel::HeldCongressModel(Workspace *workspace, QObject *parent)
    : PagedTableModel(workspace, parent)
{
}

void HeldCongressModel::show(qint64 committeeId, qint64 termId)
{
    m_committeeId = committeeId;
    m_termId = termId;
    reset();
}

void HeldCongressModel::sort(int column, Qt::SortOrder order)
{
    const HeldCongress::SortKey key = keyOf(column);
    if (key == m_key && order == m_order)
        return;
    m_key = key;
    m_order = order;
    reset();
}

void HeldCongressModel::reset()
{
    restart([this] { return m_workspace->isOpen() && m_committeeId > 0 && m_termId > 0; });
}

bool HeldCongressModel::readRows(int offset, int limit, QList<HeldCongress> *rows, QString *error)
{
    return CongressOverviewQuery(m_workspace->database().connection())
        .held(m_committeeId, m_termId, m_key, m_order, offset, limit, rows, error);
}

int HeldCongressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldCongressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const HeldCongress &row = rows().at(index.row());
    if (role == UnitIdRole)
        return row.unit.id;
    if (role == Qt::TextAlignmentRole && index.column() != UnitColumn && index.column() != SecretaryColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == UnitColumn)
        return QStringLiteral("%1 (%2)").arg(row.unit.name, row.unit.code);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UnitColumn:
        return row.unit.name;
    case DateColumn:
        if (row.heldTo.isValid() && row.heldTo != row.heldFrom)
            return QStringLiteral("%1 – %2").arg(DisplayFormat::date(row.heldFrom),
                                                 DisplayFormat::date(row.heldTo));
        return DisplayFormat::date(row.heldFrom);
    case AttendanceColumn:
        return QStringLiteral("%1/%2").arg(row.present).arg(row.summoned);
    case SecretaryColumn:
        return row.secretary;
    case PercentColumn:
        if (row.secretaryAppointed)
            return tr("appointed");
        if (row.secretaryPercent < 0)
            return QString();
        return Percent::formatHundredths(row.secretaryPercent, DisplayFormat::decimalSeparator()) +
               QStringLiteral(" %");
    }
    return {};
}

QVariant HeldCongressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // A first click on a figure shows the highest first; names and dates start from the beginning.
    if (role == Qt::InitialSortOrderRole)
        return int(section == AttendanceColumn || section == PercentColumn ? Qt::DescendingOrder
                                                                           : Qt::AscendingOrder);
    if (role == Qt::ToolTipRole) {
        if (section == AttendanceColumn)
            return tr("Members present / members summoned");
        if (section == PercentColumn)
            return tr("Votes for the secretary, as a share of the base of the secretary election");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    // Short titles: the unit's name needs the room.
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case DateColumn:
        return tr("Held on");
    case AttendanceColumn:
        return tr("Present");
    case SecretaryColumn:
        return tr("Secretary");
    case PercentColumn:
        return tr("Votes");
    }
    return {};
}

} // namespace daihoi
