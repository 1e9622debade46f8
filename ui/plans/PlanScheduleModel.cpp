#include "PlanScheduleModel.h"

#include "domain/DateText.h"
#include "domain/DisplayFormat.h"
#include "domain/TimeText.h"

#include <QBrush>
#include <QColor>

namespace daihoi {

namespace {

const QColor refusedTint(0xf8, 0xd7, 0xd3);

} // namespace

PlanScheduleModel::PlanScheduleModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanScheduleModel::setUnits(const QList<PlanUnit> &units, const QList<ScheduledCongress> &schedule)
{
    beginResetModel();
    m_rows.clear();
    m_refused.clear();
    for (const PlanUnit &unit : units) {
        Row row;
        row.unit = unit;
        row.line.unitId = unit.unitId;
        for (const ScheduledCongress &line : schedule) {
            if (line.unitId == unit.unitId)
                row.line = line;
        }
        m_rows.append(row);
    }
    endResetModel();
}

void PlanScheduleModel::setLines(const QList<ScheduledCongress> &lines)
{
    for (const ScheduledCongress &line : lines) {
        for (int i = 0; i < m_rows.size(); ++i) {
            Row &row = m_rows[i];
            if (row.unit.unitId != line.unitId)
                continue;
            row.line = line;
            row.dateText.clear();
            row.dateProblem.clear();
            row.timeText.clear();
            row.timeProblem.clear();
            emitRow(i);
        }
    }
    emit edited();
}

QList<ScheduledCongress> PlanScheduleModel::lines() const
{
    QList<ScheduledCongress> lines;
    for (const Row &row : m_rows)
        lines.append(row.line);
    return lines;
}

QList<qint64> PlanScheduleModel::unitIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows)
        ids.append(row.unit.unitId);
    return ids;
}

QHash<qint64, QString> PlanScheduleModel::unitNames() const
{
    QHash<qint64, QString> names;
    for (const Row &row : m_rows)
        names.insert(row.unit.unitId, row.unit.name);
    return names;
}

FieldErrors PlanScheduleModel::problems() const
{
    FieldErrors errors;
    for (const Row &row : m_rows) {
        const QString field = QStringLiteral("schedule:%1").arg(row.unit.unitId);
        if (!row.dateProblem.isEmpty())
            errors.append({field, tr("The date of %1 “%2” is not a date: %3.")
                                      .arg(row.unit.name, row.dateText, row.dateProblem)});
        if (!row.timeProblem.isEmpty())
            errors.append({field, tr("The time of %1 “%2” is not a time: %3.")
                                      .arg(row.unit.name, row.timeText, row.timeProblem)});
    }
    return errors;
}

void PlanScheduleModel::setRefused(const QSet<qint64> &unitIds)
{
    m_refused = unitIds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

int PlanScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == UnitIdRole)
        return row.unit.unitId;
    if (role == Qt::CheckStateRole && column == PilotColumn)
        return row.line.pilot ? Qt::Checked : Qt::Unchecked;
    const bool badDate = column == DateColumn && !row.dateProblem.isEmpty();
    const bool badTime = column == TimeColumn && !row.timeProblem.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case UnitColumn: return row.unit.name;
        case DateColumn: return badDate ? row.dateText : DisplayFormat::date(row.line.date);
        case TimeColumn: return badTime ? row.timeText : TimeText::format(row.line.time);
        case PlaceColumn: return row.line.place;
        case AttendingColumn: return row.line.attending;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (badDate)
            return row.dateProblem;
        if (badTime)
            return row.timeProblem;
        if (column == UnitColumn) {
            const QString tip = QStringLiteral("%1 (%2)").arg(row.unit.name, row.unit.code);
            return row.unit.heldFrom.isValid()
                ? tip + QLatin1Char('\n') + tr("Held on %1").arg(DisplayFormat::date(row.unit.heldFrom))
                : tip;
        }
        if (column == PilotColumn)
            return tr("Pilot congress: held first, by the pilot deadline");
        return {};
    case Qt::BackgroundRole:
        if (badDate || badTime || m_refused.contains(row.unit.unitId))
            return QBrush(refusedTint);
        return {};
    default:
        return {};
    }
}

bool PlanScheduleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    const int column = index.column();
    if (column == PilotColumn && role == Qt::CheckStateRole) {
        row.line.pilot = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == DateColumn) {
        const QString text = value.toString().trimmed();
        QDate date;
        QString problem;
        if (DateText::parse(text, &date, &problem)) {
            row.line.date = date;
            row.dateText.clear();
            row.dateProblem.clear();
        } else {
            row.dateText = text;
            row.dateProblem = problem;
        }
    } else if (column == TimeColumn) {
        const QString text = value.toString().trimmed();
        QTime time;
        QString problem;
        if (TimeText::parse(text, &time, &problem)) {
            row.line.time = time;
            row.timeText.clear();
            row.timeProblem.clear();
        } else {
            row.timeText = text;
            row.timeProblem = problem;
        }
    } else if (column == PlaceColumn) {
        row.line.place = value.toString().trimmed();
    } else if (column == AttendingColumn) {
        row.line.attending = value.toString().trimmed();
    } else {
        return false;
    }
    m_refused.remove(row.unit.unitId);
    emitRow(index.row());
    emit edited();
    return true;
}

void PlanScheduleModel::emitRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Qt::ItemFlags PlanScheduleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case UnitColumn: return base;
    case PilotColumn: return base | Qt::ItemIsUserCheckable;
    default: return base | Qt::ItemIsEditable;
    }
}

QVariant PlanScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole && section == PilotColumn)
        return tr("Pilot congress (held first)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn: return tr("Party cell");
    case PilotColumn: return tr("Pilot");
    case DateColumn: return tr("Date");
    case TimeColumn: return tr("Time");
    case PlaceColumn: return tr("Place");
    case AttendingColumn: return tr("Member attending");
    default: return {};
    }
}

} // namespace daihoi
